using System.CommandLine;
using PaperCatalog.Tool.Input;

namespace PaperCatalog.Tool.Cli;

/// <summary>What every command reads and where it writes: the files, the options a build's item metadata would give, the output file.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Files { get; } = new("files")
    {
        Description = "Markdown files or globs (quote them: 'docs/**/*.md'). All are read as one catalog, as a build with default metadata reads its PaperCatalog items. Without files: the files of papercatalog.json (this folder's, or --config's), with its metadata.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> BaseUrl { get; } = new("--base-url")
    {
        HelpName = "url",
        Description = "The URL relative links resolve against, with each file's path in its Git repository, e.g. https://github.com/OWNER/REPO/blob/main/. The BaseUrl metadata of a build.",
        DefaultValueFactory = _ => string.Empty,
    };

    public Option<string> NameColumn { get; } = new("--name-column")
    {
        HelpName = "column",
        Description = "The column that names entries in tables whose headers do not say it. The NameColumn metadata of a build.",
        DefaultValueFactory = _ => string.Empty,
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        HelpName = "file",
        Description = "Write the report to this file instead of the standard output.",
    };

    /// <summary>The current folder's <c>papercatalog.json</c>, or null.</summary>
    public static ProjectConfig? FindConfig(Workspace workspace)
    {
        var path = Path.Combine(workspace.CurrentDirectory, ProjectConfig.FileName);
        return File.Exists(path) ? ProjectConfig.Load(path, ProjectConfig.FileName) : null;
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Files);
        command.Options.Add(BaseUrl);
        command.Options.Add(NameColumn);
        command.Options.Add(Output);
    }

    /// <summary>The files the arguments name, read; a missing, unreadable or non-text file stops the command with a <see cref="UsageException"/>.</summary>
    public (IReadOnlyList<string> Paths, IReadOnlyList<CatalogInput> Inputs) Read(ParseResult parseResult, Workspace workspace, ProjectConfig? config = null)
    {
        var arguments = parseResult.GetValue(Files) ?? [];
        if (arguments.Length == 0)
        {
            // The repository's files as its build reads them: papercatalog.json's groups and their metadata.
            config ??= FindConfig(workspace) ?? throw new UsageException($"give the Markdown files to read, or write a {ProjectConfig.FileName} ('papercatalog init').");
            var configured = CatalogInputs.Read(config, workspace);
            return (configured.Select(input => input.Path).ToList(), configured);
        }

        var paths = InputFiles.Resolve(arguments, workspace.CurrentDirectory);
        if (config is not null)
        {
            // Named files that the config lists are read with its metadata, as the build reads them.
            return (paths, CatalogInputs.Read(config, workspace, paths));
        }

        var options = new ReadOptions(parseResult.GetValue(BaseUrl) ?? string.Empty, parseResult.GetValue(NameColumn) ?? string.Empty);
        return (paths, CatalogInputs.Read(paths, workspace, options));
    }
}
