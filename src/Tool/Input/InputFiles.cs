using Microsoft.Extensions.FileSystemGlobbing;
using PaperCatalog.Tool.Cli;

namespace PaperCatalog.Tool.Input;

/// <summary>
/// Turns the command line's files and globs into the Markdown files to read, each once, in ordinal path
/// order. A glob is expanded here (quoted in CI, it reaches the tool unexpanded): <c>*</c> within a folder,
/// <c>**</c> across folders.
/// </summary>
internal static class InputFiles
{
    private static readonly char[] GlobCharacters = ['*', '?', '['];

    public static IReadOnlyList<string> Resolve(IEnumerable<string> arguments, string currentDirectory)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument.IndexOfAny(GlobCharacters) >= 0)
            {
                var matches = Expand(argument, currentDirectory);
                if (matches.Count == 0)
                {
                    throw new UsageException($"no file matches '{argument}'.");
                }

                files.UnionWith(matches);
                continue;
            }

            var path = Path.GetFullPath(argument, currentDirectory);
            if (Directory.Exists(path))
            {
                throw new UsageException($"'{argument}' is a directory; give its Markdown files, e.g. '{Path.Combine(argument, "**", "*.md").Replace('\\', '/')}'.");
            }

            if (!File.Exists(path))
            {
                throw new UsageException($"no such file '{argument}'.");
            }

            files.Add(path);
        }

        return files.ToList();
    }

    /// <summary>Splits the glob at its first segment with a wildcard: the folder before it is where matching starts.</summary>
    private static List<string> Expand(string glob, string currentDirectory)
    {
        var segments = glob.Replace('\\', '/').Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && segments[fixedCount].IndexOfAny(GlobCharacters) < 0)
        {
            fixedCount++;
        }

        var root = string.Join("/", segments.Take(fixedCount));
        var baseDirectory = root.Length == 0 && glob.StartsWith('/') ? "/" : Path.GetFullPath(root.Length == 0 ? "." : root, currentDirectory);
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join("/", segments.Skip(fixedCount)));
        return matcher.GetResultsInFullPath(baseDirectory).Select(Path.GetFullPath).ToList();
    }
}
