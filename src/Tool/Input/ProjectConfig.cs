using System.Text.Json;
using PaperCatalog.Generator.Input;

namespace PaperCatalog.Tool.Input;

/// <summary>One group of files of <c>papercatalog.json</c> and the item metadata a build gives them.</summary>
internal sealed record FileGroup(
    IReadOnlyList<string> Include,
    string? ClassName,
    string? Namespace,
    string? Accessibility,
    string? BaseUrl,
    string? RepositoryPath,
    string? NameColumn);

/// <summary>
/// <c>papercatalog.json</c>: the repository's catalog files as its build reads them (each group's files with the
/// <c>PaperCatalog</c> item metadata the build gives them) and the severities it sets, so the tool lints two files
/// that are separate root classes in the build as separate root classes.
/// </summary>
internal sealed record ProjectConfig(string Directory, IReadOnlyList<FileGroup> Files, IReadOnlyDictionary<string, string> Severities)
{
    public const string FileName = "papercatalog.json";

    /// <summary>Reads a config; a file that is no such config is a <see cref="Cli.UsageException"/> that says what is wrong.</summary>
    public static ProjectConfig Load(string path, string displayPath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new Cli.UsageException($"cannot read the config '{displayPath}': {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                throw new Cli.UsageException($"the config '{displayPath}' has no \"files\" array; see the README, section \"The config file\".");
            }

            var groups = new List<FileGroup>();
            foreach (var group in files.EnumerateArray())
            {
                groups.Add(ReadGroup(group, displayPath));
            }

            var severities = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("severities", out var levels))
            {
                foreach (var level in levels.EnumerateObject())
                {
                    severities[level.Name] = level.Value.GetString() ?? string.Empty;
                }
            }

            return new ProjectConfig(Path.GetDirectoryName(path)!, groups, severities);
        }
    }

    /// <summary>Each file of the groups with its metadata, in path order; a file two groups match takes the first's.</summary>
    public IReadOnlyList<(string Path, FileGroup Group)> Resolve()
    {
        var files = new SortedDictionary<string, FileGroup>(StringComparer.Ordinal);
        foreach (var group in Files)
        {
            foreach (var path in InputFiles.Resolve(group.Include, Directory))
            {
                files.TryAdd(path, group);
            }
        }

        return files.Select(pair => (pair.Key, pair.Value)).ToList();
    }

    private static FileGroup ReadGroup(JsonElement group, string displayPath)
    {
        if (group.ValueKind != JsonValueKind.Object || !group.TryGetProperty("include", out var include))
        {
            throw new Cli.UsageException($"every entry of \"files\" in '{displayPath}' needs an \"include\": a path or glob, or an array of them.");
        }

        var patterns = include.ValueKind == JsonValueKind.Array
            ? include.EnumerateArray().Select(p => p.GetString() ?? string.Empty).ToList()
            : new List<string> { include.GetString() ?? string.Empty };

        string? Text(string name) => group.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        return new FileGroup(patterns, Text("className"), Text("namespace"), Text("accessibility"), Text("baseUrl"), Text("repositoryPath"), Text("nameColumn"));
    }
}
