using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Tool.Cli;

namespace PaperCatalog.Tool.Checking;

/// <summary>
/// Severity changes, in the form a build takes them from <c>.globalconfig</c>:
/// <c>dotnet_diagnostic.PCAT301.severity = error</c> (<c>error</c>, <c>warning</c>, <c>suggestion</c>,
/// <c>silent</c>, <c>none</c>, <c>default</c>). A config file is read first, then <c>--severity</c> options,
/// so the command line wins.
/// </summary>
internal sealed class SeverityRules
{
    private const string KeyPrefix = "dotnet_diagnostic.";
    private const string KeySuffix = ".severity";

    // null: the diagnostic is not reported at all (none).
    private readonly Dictionary<string, DiagnosticSeverity?> _overrides = new(StringComparer.OrdinalIgnoreCase);

    private bool _warningsAsErrors;

    /// <param name="warningsAsErrors">Warnings become errors after every change, as with a build's <c>TreatWarningsAsErrors</c>.</param>
    /// <param name="commandLine">The <c>--severity</c> changes, checked by the command line's parser (<see cref="SeverityChange"/>).</param>
    public static SeverityRules Create(string? configPath, IEnumerable<SeverityChange> commandLine, string currentDirectory, bool warningsAsErrors = false, Input.ProjectConfig? project = null)
    {
        var rules = new SeverityRules { _warningsAsErrors = warningsAsErrors };
        if (project is not null)
        {
            foreach (var pair in project.Severities)
            {
                rules.Set(pair.Key, pair.Value, $"\"severities\" of {Input.ProjectConfig.FileName}");
            }
        }
        else if (configPath is not null)
        {
            rules.ReadConfig(configPath, currentDirectory);
        }

        foreach (var change in commandLine)
        {
            rules.Set(change.Id, change.Level, change.Written);
        }

        return rules;
    }

    /// <summary>What is wrong with setting <paramref name="id"/> to <paramref name="level"/>, or null when nothing is.</summary>
    public static string? Problem(string id, string level, string where)
    {
        if (!DiagnosticDescriptors.All.Any(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)))
        {
            return $"{where}: '{id}' is not a PaperCatalog diagnostic (the README's diagnostics table lists them).";
        }

        return level.ToLowerInvariant() is "error" or "warning" or "suggestion" or "silent" or "none" or "default"
            ? null
            : $"{where}: '{level}' is not a severity (error, warning, suggestion, silent, none or default).";
    }

    /// <summary>The severity a diagnostic is reported with, or null when it is not reported.</summary>
    public DiagnosticSeverity? Apply(string id, DiagnosticSeverity defaultSeverity)
    {
        var severity = _overrides.TryGetValue(id, out var changed) ? changed : defaultSeverity;
        return _warningsAsErrors && severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : severity;
    }

    /// <summary>
    /// Keys before the first section apply; sections (a <c>.globalconfig</c>'s per-path settings) are skipped,
    /// as are other keys, so a project's existing file can be given as it is.
    /// </summary>
    private void ReadConfig(string configPath, string currentDirectory)
    {
        var path = Path.GetFullPath(configPath, currentDirectory);
        if (Directory.Exists(path))
        {
            throw new UsageException($"--config '{configPath}' is a directory; give the file.");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(File.Exists(path) ? $"cannot read --config '{configPath}': {exception.Message}" : $"no such config file '{configPath}'.");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                break;
            }

            var equals = line.IndexOf('=');
            var key = equals < 0 ? line : line[..equals].Trim();
            if (equals < 0 || !key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(KeySuffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = key[KeyPrefix.Length..^KeySuffix.Length];
            Set(id, line[(equals + 1)..].Trim(), $"{configPath}({i + 1})");
        }
    }

    private void Set(string id, string level, string where)
    {
        if (Problem(id, level, where) is { } problem)
        {
            throw new UsageException(problem);
        }

        var descriptor = DiagnosticDescriptors.All.First(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

        _overrides[descriptor.Id] = level.ToLowerInvariant() switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "suggestion" => DiagnosticSeverity.Info,
            "silent" => DiagnosticSeverity.Hidden,
            "none" => null,
            _ => descriptor.DefaultSeverity,
        };
    }
}
