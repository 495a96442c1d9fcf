namespace PaperCatalog.Tool.Input;

/// <summary>
/// Where the tool runs: the current folder, which the text report's paths are relative to (as a build's
/// are to its project), and the Git repository around it, which a file's repository path (relative
/// links, GitHub annotations, SARIF) is relative to, so the tool can run from any folder of the repository.
/// </summary>
internal sealed class Workspace
{
    private Workspace(string currentDirectory, string? repositoryRoot)
    {
        CurrentDirectory = currentDirectory;
        RepositoryRoot = repositoryRoot;
    }

    public string CurrentDirectory { get; }

    /// <summary>The nearest folder at or above the current one that holds <c>.git</c> (a folder, or a file in a worktree); null outside a repository.</summary>
    public string? RepositoryRoot { get; }

    public static Workspace Find(string currentDirectory)
    {
        for (var directory = new DirectoryInfo(currentDirectory); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return new Workspace(currentDirectory, directory.FullName);
            }
        }

        return new Workspace(currentDirectory, null);
    }

    /// <summary>The path as the text report shows it: relative to the current folder, with forward slashes.</summary>
    public string DisplayPath(string path) => Relative(CurrentDirectory, path);

    /// <summary>The path from the repository's root (from the current folder outside a repository).</summary>
    public string RepositoryPath(string path) => Relative(RepositoryRoot ?? CurrentDirectory, path);

    private static string Relative(string directory, string path) => Path.GetRelativePath(directory, path).Replace('\\', '/');
}
