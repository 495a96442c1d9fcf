using System.CommandLine;
using Microsoft.CodeAnalysis;
using PaperCatalog.Tool.Checking;
using PaperCatalog.Tool.Input;
using PaperCatalog.Tool.Output;

namespace PaperCatalog.Tool.Cli;

/// <summary>The command line: <c>papercatalog lint</c> and <c>papercatalog export</c>, their options and help.</summary>
internal static class ToolCommands
{
    /// <summary>Runs a command line; never throws: every failure is a message on <paramref name="error"/> and an exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? currentDirectory = null)
    {
        var context = new RunContext(output, error, currentDirectory ?? Directory.GetCurrentDirectory());
        var root = Create(context);
        try
        {
            var parsed = root.Parse(args);
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
            {
                foreach (var parseError in parsed.Errors)
                {
                    error.WriteLine($"{ToolInfo.Name}: error: {parseError.Message}");
                }

                var command = parsed.CommandResult.Command == root ? ToolInfo.Name : $"{ToolInfo.Name} {parsed.CommandResult.Command.Name}";
                error.WriteLine($"Run '{command} --help' for usage.");
                return ExitCodes.UsageError;
            }

            return parsed.Invoke(configuration);
        }
        catch (UsageException exception)
        {
            error.WriteLine($"{ToolInfo.Name}: error: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug of ours: said in one line, with what to report, never as a stack trace.
            error.WriteLine($"{ToolInfo.Name}: internal error: {exception.GetType().Name}: {exception.Message} (please report it, with the file, at {ToolInfo.InformationUri}/issues)");
            return ExitCodes.UsageError;
        }
    }

    private sealed record RunContext(TextWriter Output, TextWriter Error, string CurrentDirectory);

    // A root named after the command, not the assembly (RootCommand takes the executable's name: PaperCatalog.Tool).
    private static Command Create(RunContext context)
    {
        var root = new Command(ToolInfo.Name, "Checks Markdown paper lists the way the PaperCatalog source generator reads them, and exports them as JSON.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(CreateLint(context));
        root.Subcommands.Add(CreateExport(context));
        return root;
    }

    private static Command CreateLint(RunContext context)
    {
        var input = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: path(line,col): error PCAT401: message, as a build prints it; github: GitHub Actions annotations; sarif: SARIF 2.1.0 for code scanning.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github", "sarif");
        var config = new Option<string?>("--config")
        {
            HelpName = "file",
            Description = "A file of severities in the form of .globalconfig: dotnet_diagnostic.PCAT301.severity = error (error, warning, suggestion, silent, none, default).",
        };
        var severity = new Option<string[]>("--severity", "-s")
        {
            HelpName = "ID=LEVEL",
            Description = "A severity change, ID=LEVEL (e.g. PCAT301=error); repeat it for more. Wins over --config.",
            AllowMultipleArgumentsPerToken = false,
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors", "--warnaserror")
        {
            Description = "Report warnings as errors (exit code 1), as a build with TreatWarningsAsErrors does.",
        };
        var showInfo = new Option<bool>("--show-info")
        {
            Description = "Also list messages of severity info (suggestion), which a build does not print (e.g. PCAT307: relative links stay relative).",
        };

        var command = new Command("lint", "Reports every diagnostic the build would report for these files (same IDs, messages, severities, suppression comments, lines and columns). Exit code 1 when an error remains, 2 when nothing could be checked, 0 otherwise.")
        {
            format, config, severity, warningsAsErrors, showInfo,
        };
        input.AddTo(command);
        command.SetAction(parseResult =>
        {
            var severities = SeverityRules.Create(parseResult.GetValue(config), parseResult.GetValue(severity) ?? [], context.CurrentDirectory, parseResult.GetValue(warningsAsErrors));
            var workspace = Workspace.Find(context.CurrentDirectory);
            var (paths, sources) = input.Read(parseResult, workspace);
            var result = CatalogLint.Run(sources, severities, workspace, CancellationToken.None);
            var shown = parseResult.GetValue(showInfo) || parseResult.GetValue(format) == "sarif"
                ? result.Diagnostics
                : result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();

            using (var report = ReportTarget.Open(parseResult.GetValue(input.Output), context))
            {
                switch (parseResult.GetValue(format))
                {
                    case "github":
                        GitHubFormat.Write(shown, report.Writer);
                        break;
                    case "sarif":
                        SarifFormat.Write(shown, report.Writer);
                        break;
                    default:
                        TextFormat.Write(shown, report.Writer);
                        break;
                }
            }

            context.Error.WriteLine(Summary(result, paths.Count, result.Diagnostics.Count - shown.Count));
            return result.Count(DiagnosticSeverity.Error) > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExport(RunContext context)
    {
        var input = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (the shape is in the README, section Export).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");

        var command = new Command("export", "Writes the catalog as the generator reads it: sections, entries, every field and link with its kind, venues, source lines, and the diagnostics. Exit code 0 even when the list has errors (they are in the output); 2 when nothing could be read.")
        {
            format,
        };
        input.AddTo(command);
        command.SetAction(parseResult =>
        {
            var workspace = Workspace.Find(context.CurrentDirectory);
            var (paths, sources) = input.Read(parseResult, workspace);
            var result = CatalogLint.Run(sources, SeverityRules.Create(null, [], context.CurrentDirectory), workspace, CancellationToken.None);
            using (var report = ReportTarget.Open(parseResult.GetValue(input.Output), context))
            {
                JsonExport.Write(result, paths.Select(workspace.DisplayPath).ToList(), report.Writer);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Summary(LintResult result, int files, int hidden)
    {
        static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
        var summary = $"{ToolInfo.Name}: {Count(files, "file")}, {Count(result.Entries, "entry").Replace("entrys", "entries", StringComparison.Ordinal)}: "
            + $"{Count(result.Count(DiagnosticSeverity.Error), "error")}, {Count(result.Count(DiagnosticSeverity.Warning), "warning")}";
        return hidden > 0 ? summary + $" ({Count(hidden, "message")} of severity info not shown: --show-info)" : summary;
    }

    /// <summary>Where a report goes: the standard output, or the file of <c>--output</c>.</summary>
    private sealed class ReportTarget : IDisposable
    {
        private readonly bool _ownsWriter;

        private ReportTarget(TextWriter writer, bool ownsWriter)
        {
            Writer = writer;
            _ownsWriter = ownsWriter;
        }

        public TextWriter Writer { get; }

        public static ReportTarget Open(string? path, RunContext context)
        {
            if (path is null)
            {
                return new ReportTarget(context.Output, ownsWriter: false);
            }

            try
            {
                return new ReportTarget(new StreamWriter(Path.GetFullPath(path, context.CurrentDirectory), append: false), ownsWriter: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write --output '{path}': {exception.Message}");
            }
        }

        public void Dispose()
        {
            Writer.Flush();
            if (_ownsWriter)
            {
                Writer.Dispose();
            }
        }
    }
}
