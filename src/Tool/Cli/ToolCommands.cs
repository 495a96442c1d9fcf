using System.Text;
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
    /// <param name="cancellationToken">Stops the work as Ctrl+C does (which the command line's own handler turns into a cancellation).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? currentDirectory = null, CancellationToken cancellationToken = default)
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

            // The asynchronous actions get a token that Ctrl+C cancels; the work checks it as it reads.
            return parsed.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
        }
        catch (UsageException exception)
        {
            error.WriteLine($"{ToolInfo.Name}: error: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"{ToolInfo.Name}: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug of ours: said in one line, with what to report, never as a stack trace.
            error.WriteLine($"{ToolInfo.Name}: internal error: {exception.GetType().Name}: {exception.Message} (please report it, with the file, at {ToolInfo.InformationUri}/issues)");
            return ExitCodes.InternalError;
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
        root.Subcommands.Add(CreateInit(context));
        return root;
    }

    private static Command CreateLint(RunContext context)
    {
        var input = new InputOptions();
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "text: path(line,col): error PCAT401: message, as a build prints it; github: GitHub Actions annotations; sarif: SARIF 2.1.0 for code scanning.",
            DefaultValueFactory = _ => ReportFormat.Text,
            CustomParser = result => FormatOf(result, ReportFormat.Text),
        };
        var config = new Option<string?>("--config")
        {
            HelpName = "file",
            Description = "A papercatalog.json (files, their item metadata, severities; this folder's is read when no file is named), or a file of severities in the form of .globalconfig: dotnet_diagnostic.PCAT301.severity = error (error, warning, suggestion, silent, none, default).",
        };
        var severity = new Option<SeverityChange[]>("--severity", "-s")
        {
            HelpName = "ID=LEVEL",
            Description = "A severity change, ID=LEVEL (e.g. PCAT301=error); repeat it for more. Wins over --config.",
            AllowMultipleArgumentsPerToken = false,
            CustomParser = SeverityChange.ParseAll,
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors", "--warnaserror")
        {
            Description = "Report warnings as errors (exit code 1), as a build with TreatWarningsAsErrors does.",
        };
        var showInfo = new Option<bool>("--show-info")
        {
            Description = "Also list messages of severity info (suggestion), which a build does not print (e.g. PCAT307: relative links stay relative).",
        };
        var fix = new Option<bool>("--fix")
        {
            Description = "Apply the fixes that are mechanical, in place: link forms GitHub shows as text or as a page of the repository (PCAT303, PCAT308), arXiv links to the abstract (PCAT309), entries moved to their declared order (PCAT501); then report what is left.",
        };

        var command = new Command("lint", "Reports every diagnostic the build would report for these files (same IDs, messages, severities, suppression comments, lines and columns). Exit code 1 when an error remains, 2 when nothing could be checked, 0 otherwise.")
        {
            format, config, severity, warningsAsErrors, showInfo, fix,
        };
        input.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var workspace = Workspace.Find(context.CurrentDirectory);
            var configPath = parseResult.GetValue(config);
            // A papercatalog.json (given, or this folder's when no file is named) says the files, their metadata and severities.
            var project = configPath is not null && configPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? ProjectConfig.Load(Path.GetFullPath(configPath, context.CurrentDirectory), configPath)
                : configPath is null && (parseResult.GetValue(input.Files) ?? []).Length == 0 ? InputOptions.FindConfig(workspace) : null;
            var severities = SeverityRules.Create(configPath, parseResult.GetValue(severity) ?? [], context.CurrentDirectory, parseResult.GetValue(warningsAsErrors), project);
            var (paths, inputs) = input.Read(parseResult, workspace, project);
            var result = Linter.Run(inputs, severities, workspace, cancellationToken);
            if (parseResult.GetValue(fix))
            {
                // A pass applies every fix that overlaps no other; the next pass lints the new text and fixes what is left.
                var fixedPlaces = 0;
                for (var pass = 0; pass < 5 && FixFiles(result) is var applied && applied > 0; pass++)
                {
                    fixedPlaces += applied;
                    (paths, inputs) = input.Read(parseResult, workspace, project);
                    result = Linter.Run(inputs, severities, workspace, cancellationToken);
                }

                context.Error.WriteLine($"{ToolInfo.Name}: {(fixedPlaces == 1 ? "1 fix" : fixedPlaces + " fixes")} applied");
            }

            var shown = parseResult.GetValue(showInfo) || parseResult.GetValue(format) == ReportFormat.Sarif
                ? result.Diagnostics
                : result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();

            using (var report = ReportTarget.Open(parseResult.GetValue(input.Output), context))
            {
                switch (parseResult.GetValue(format))
                {
                    case ReportFormat.Github:
                        GitHubFormat.Write(shown, report.Writer);
                        break;
                    case ReportFormat.Sarif:
                        SarifFormat.Write(shown, report.Writer);
                        break;
                    default:
                        TextFormat.Write(shown, report.Writer);
                        break;
                }
            }

            context.Error.WriteLine(Summary(result, paths.Count, result.Diagnostics.Count - shown.Count));
            return Task.FromResult(result.Count(DiagnosticSeverity.Error) > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success);
        });
        return command;
    }

    private static Command CreateExport(RunContext context)
    {
        var input = new InputOptions();
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "json (the shape is in the README, section Export).",
            DefaultValueFactory = _ => ExportFormat.Json,
            CustomParser = result => FormatOf(result, ExportFormat.Json),
        };

        var command = new Command("export", "Writes the catalog as the generator reads it: sections, entries, every field and link with its kind, venues, source lines, and the diagnostics. Exit code 0 even when the list has errors (they are in the output); 2 when nothing could be read.")
        {
            format,
        };
        input.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var workspace = Workspace.Find(context.CurrentDirectory);
            var (paths, inputs) = input.Read(parseResult, workspace);
            var result = Linter.Run(inputs, SeverityRules.Create(null, [], context.CurrentDirectory), workspace, cancellationToken);
            using (var report = ReportTarget.Open(parseResult.GetValue(input.Output), context))
            {
                JsonExport.Write(result, paths.Select(workspace.DisplayPath).ToList(), report.Writer);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command CreateInit(RunContext context)
    {
        var force = new Option<bool>("--force") { Description = $"Overwrite an existing {ProjectConfig.FileName}." };
        var command = new Command("init", $"Writes a {ProjectConfig.FileName} for the Markdown files under this folder: each file a root class of its own, named after the file; edit it to say what your build says.")
        {
            force,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = Path.Combine(context.CurrentDirectory, ProjectConfig.FileName);
            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                throw new UsageException($"{ProjectConfig.FileName} exists; give --force to overwrite it.");
            }

            var files = InputFiles.Resolve(["**/*.md"], context.CurrentDirectory)
                .Select(file => Path.GetRelativePath(context.CurrentDirectory, file).Replace('\\', '/'))
                .Where(file => !file.Split('/').Any(part => part.StartsWith('.') || part == "node_modules"))
                .ToList();
            File.WriteAllText(path, ConfigTemplate.Write(files));
            context.Error.WriteLine($"{ToolInfo.Name}: wrote {ProjectConfig.FileName} with {(files.Count == 1 ? "1 file" : files.Count + " files")}");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>Applies the fixes of every diagnostic the user's severities leave, file by file; returns how many.</summary>
    private static int FixFiles(LintResult result)
    {
        var applied = 0;
        foreach (var file in result.Diagnostics.SelectMany(d => d.Fixes).GroupBy(f => f.FullPath, StringComparer.Ordinal))
        {
            // Written back in the encoding it was read in (UTF-8 with or without its mark, UTF-16 with one).
            var bytes = File.ReadAllBytes(file.Key);
            Encoding encoding = bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? new UnicodeEncoding(false, true)
                : bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? new UnicodeEncoding(true, true)
                : new UTF8Encoding(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF);
            var mark = encoding.GetPreamble().Length;
            var text = encoding.GetString(bytes, mark, bytes.Length - mark);
            var (fixedText, count) = ToolFix.Apply(text, file);
            File.WriteAllText(file.Key, fixedText, encoding);
            applied += count;
        }

        return applied;
    }

    /// <summary>A format by its name, case-insensitive; any other word is a usage error that lists the names.</summary>
    private static T FormatOf<T>(System.CommandLine.Parsing.ArgumentResult result, T fallback)
        where T : struct, Enum
    {
        var written = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (Enum.TryParse<T>(written, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(written, out _))
        {
            return format;
        }

        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        result.AddError($"'{written}' is not a --format: {string.Join(", ", names)}.");
        return fallback;
    }

    private static string Summary(LintResult result, int files, int hidden)
    {
        static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
        var summary = $"{ToolInfo.Name}: {Count(files, "file", "files")}, {Count(result.Entries, "entry", "entries")}: "
            + $"{Count(result.Count(DiagnosticSeverity.Error), "error", "errors")}, {Count(result.Count(DiagnosticSeverity.Warning), "warning", "warnings")}";
        return hidden > 0 ? summary + $" ({Count(hidden, "message", "messages")} of severity info not shown: --show-info)" : summary;
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
