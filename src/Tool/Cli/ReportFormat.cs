namespace PaperCatalog.Tool.Cli;

/// <summary>What <c>lint --format</c> writes (the command line reads the names case-insensitively).</summary>
internal enum ReportFormat
{
    /// <summary><c>path(line,col): error PCAT401: message</c>, as a build prints it.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands, which annotate the lines of a pull request.</summary>
    Github,

    /// <summary>SARIF 2.1.0, for code scanning.</summary>
    Sarif,
}

/// <summary>What <c>export --format</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>The JSON the README describes (section Export).</summary>
    Json,
}
