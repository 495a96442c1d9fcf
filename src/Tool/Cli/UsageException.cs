namespace PaperCatalog.Tool.Cli;

/// <summary>A problem with what the user asked for (a file, a glob, an option value), told in one sentence.</summary>
internal sealed class UsageException(string message) : Exception(message);
