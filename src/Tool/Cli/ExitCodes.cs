namespace PaperCatalog.Tool.Cli;

/// <summary>What the process's exit code says; a CI step fails on anything but <see cref="Success"/>.</summary>
internal static class ExitCodes
{
    /// <summary>Read and checked: no error remains (warnings may).</summary>
    public const int Success = 0;

    /// <summary>Read and checked: at least one diagnostic is an error.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Nothing was checked: a bad command line, a missing or unreadable file, a bad config file.</summary>
    public const int UsageError = 2;
}
