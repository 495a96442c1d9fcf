using System.Text;
using PaperCatalog.Generator.Input;
using PaperCatalog.Tool.Cli;

namespace PaperCatalog.Tool.Input;

/// <summary>What the command line says about every file: the options a <c>PaperCatalog</c> item's metadata gives in a build.</summary>
/// <param name="BaseUrl">Relative links resolve against it, with each file's path in its repository (<see cref="Workspace"/>).</param>
/// <param name="NameColumn">The column that names the entries, when a table's own header does not say.</param>
internal sealed record ReadOptions(string BaseUrl, string NameColumn);

/// <summary>A catalog file as a build passes it to the generator: its path, its text, its item metadata (<see cref="CatalogMetadata"/> keys).</summary>
internal sealed record CatalogInput(string Path, string Text, IReadOnlyDictionary<string, string> Metadata);

/// <summary>Reads the files as a build would hand them to the generator: one root class, paths relative to the current folder, each file's place in its repository.</summary>
internal static class CatalogInputs
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<CatalogInput> Read(IReadOnlyList<string> paths, Workspace workspace, ReadOptions options)
    {
        if (options.BaseUrl.Length > 0 && !BaseUrls.IsValid(options.BaseUrl))
        {
            throw new UsageException($"--base-url '{options.BaseUrl}' is not an absolute http(s) URL.");
        }

        var inputs = new List<CatalogInput>(paths.Count);
        foreach (var path in paths)
        {
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [CatalogMetadata.IsCatalog] = "true",
                [CatalogMetadata.RepositoryPath] = workspace.RepositoryPath(path),
                [CatalogMetadata.BaseUrl] = options.BaseUrl,
                [CatalogMetadata.NameColumn] = options.NameColumn,
            };
            inputs.Add(new CatalogInput(path, ReadText(path, workspace.DisplayPath(path)), metadata));
        }

        return inputs;
    }

    /// <summary>The files of a <c>papercatalog.json</c>, each with the item metadata its group gives, as a build hands them over.</summary>
    /// <param name="only">The files named on the command line: those of them the config lists take its metadata, the others the defaults; null for all of the config's.</param>
    public static IReadOnlyList<CatalogInput> Read(ProjectConfig config, Workspace workspace, IReadOnlyList<string>? only = null)
    {
        var inputs = new List<CatalogInput>();
        var configured = config.Resolve();
        var files = only is null
            ? configured
            : only.Select(path => (path, configured.FirstOrDefault(c => c.Path == path).Group ?? new FileGroup([path], null, null, null, null, null, null))).ToList();
        foreach (var (path, group) in files)
        {
            if (group.BaseUrl is { Length: > 0 } baseUrl && !BaseUrls.IsValid(baseUrl))
            {
                throw new UsageException($"the baseUrl '{baseUrl}' of '{workspace.DisplayPath(path)}' in {ProjectConfig.FileName} is not an absolute http(s) URL.");
            }

            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [CatalogMetadata.IsCatalog] = "true",
                [CatalogMetadata.RepositoryPath] = group.RepositoryPath ?? workspace.RepositoryPath(path),
                [CatalogMetadata.BaseUrl] = group.BaseUrl ?? string.Empty,
                [CatalogMetadata.NameColumn] = group.NameColumn ?? string.Empty,
            };
            Add(metadata, CatalogMetadata.ClassName, group.ClassName);
            Add(metadata, CatalogMetadata.Namespace, group.Namespace);
            Add(metadata, CatalogMetadata.Accessibility, group.Accessibility);
            inputs.Add(new CatalogInput(path, ReadText(path, workspace.DisplayPath(path)), metadata));
        }

        if (inputs.Count == 0)
        {
            throw new UsageException($"the \"files\" of {ProjectConfig.FileName} match no file.");
        }

        return inputs;

        static void Add(Dictionary<string, string> metadata, string key, string? value)
        {
            if (value is not null)
            {
                metadata[key] = value;
            }
        }
    }

    /// <summary>UTF-8 (with or without a byte order mark) or UTF-16 with one; anything else is refused, not guessed.</summary>
    private static string ReadText(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{displayPath}': {exception.Message}");
        }

        try
        {
            string text;
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                var encoding = bytes[0] == 0xFF
                    ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
                    : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
                text = encoding.GetString(bytes, 2, bytes.Length - 2);
            }
            else
            {
                var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }

            if (text.Contains('\0'))
            {
                throw new UsageException($"'{displayPath}' is not text (it holds NUL characters); give Markdown files.");
            }

            return text;
        }
        catch (DecoderFallbackException exception)
        {
            throw new UsageException($"'{displayPath}' is not UTF-8 text{Where(bytes, exception)}; save it as UTF-8.");
        }
    }

    // Where the first byte that is not UTF-8 is, so the user can find it: " (byte 0xE9 on line 3)".
    private static string Where(byte[] bytes, DecoderFallbackException exception)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var index = start + exception.Index;
        if (exception.Index < 0 || index >= bytes.Length)
        {
            return string.Empty;
        }

        var line = 1 + bytes.AsSpan(0, index).Count((byte)'\n');
        return $" (byte 0x{bytes[index]:X2} on line {line})";
    }
}
