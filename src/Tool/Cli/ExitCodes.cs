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

    /// <summary>A failure of the tool itself (a bug, a full disk): not the input's fault; the message says what to report.</summary>
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl+C (or SIGTERM) before it finished: 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
