using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using PaperCatalog.Testing;
using PaperCatalog.Tests.Infrastructure;
using PaperCatalog.Tool.Cli;

namespace PaperCatalog.Tests.Tool;

/// <summary>
/// The <c>papercatalog</c> tool run in process on files in a temporary folder: what it prints, its exit
/// codes, its formats and its errors. <see cref="ToolPackageTests"/> runs the installed tool.
/// </summary>
public sealed class ToolTests : IDisposable
{
    /// <summary>One malformed row (a malformed venue, a placeholder link), one suppressed row, one good row listed twice.</summary>
    internal const string BrokenList = """
        # Broken

        ## Parallelism

        | Name | Conference | Links |
        | --- | --- | --- |
        | **CNN Parallelism** | arXiv 1404.599 | [Paper](https://arxiv.org/abs/1404.5997) [Notes](broken-reference) |
        | **Suppressed** | arXiv 1404.599 <!-- papercatalog-disable-line PCAT401 --> | [Paper](https://arxiv.org/abs/1404.5997) |
        | **Tofu** | EuroSys 2019 | [Paper](https://doi.org/10.1145/3302424.3303953) |
        | **Tofu** | EuroSys 2019 | [Paper](https://doi.org/10.1145/3302424.3303953) |
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("papercatalog-tool-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed record ToolRun(int ExitCode, string Output, string Error)
    {
        public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private ToolRun Run(params string[] args) => RunIn(string.Empty, args);

    /// <summary>Runs the tool with the current folder at <paramref name="folder"/> under the test's folder.</summary>
    private ToolRun RunIn(string folder, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = ToolCommands.Run(args, output, error, Path.Combine(_directory, folder));
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// What the generator reports for the same files in a build, as <c>dotnet build</c> prints it (the
    /// compiler's line, then the help link), paths relative to the project.
    /// </summary>
    private static string[] BuildLines(params CatalogFile[] files) =>
        Catalogs.Run(files).Result.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => $"{d} ({d.Descriptor.HelpLinkUri})".Replace(Catalogs.ProjectDirectory + "/", string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void A_clean_list_prints_nothing_but_the_summary_and_exits_0()
    {
        Write("docs/llm.md", TestPaths.Seed);

        var run = Run("lint", "docs/llm.md", "--base-url", TestPaths.AwesomePapersBaseUrl);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("papercatalog: 1 file, 12 entries: 0 errors, 0 warnings\n", run.Error);
    }

    [Fact]
    public void Info_messages_are_counted_and_shown_on_request()
    {
        Write("docs/llm.md", TestPaths.Seed);

        var hidden = Run("lint", "docs/llm.md");
        var shown = Run("lint", "docs/llm.md", "--show-info");

        Assert.Equal(ExitCodes.Success, hidden.ExitCode);
        Assert.Equal(string.Empty, hidden.Output);
        Assert.Contains("(1 message of severity info not shown: --show-info)", hidden.Error);
        Assert.StartsWith("docs/llm.md(", shown.Output);
        Assert.Contains(": info PCAT307: 9 link(s) of the paper catalog 'docs/llm.md' are relative paths", shown.Output);
    }

    [Fact]
    public void A_malformed_list_prints_the_lines_the_build_prints_and_exits_1()
    {
        Write("docs/broken.md", BrokenList);

        var run = Run("lint", "docs/broken.md");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(BuildLines(new CatalogFile("docs/broken.md", BrokenList)), run.OutputLines.Order(StringComparer.Ordinal));
        var row = BrokenList.Split('\n')[6];
        Assert.Contains($"docs/broken.md(7,{row.IndexOf("arXiv", StringComparison.Ordinal) + 1}): error PCAT401: The venue 'arXiv 1404.599' of 'CNN Parallelism'", run.Output);
        Assert.Contains($"docs/broken.md(7,{row.IndexOf("broken-reference", StringComparison.Ordinal) + 1}): error PCAT302:", run.Output);
        Assert.Contains("docs/broken.md(10,", run.Output);   // the second Tofu: the same paper again, a warning
        Assert.DoesNotContain("docs/broken.md(8,", run.Output); // the suppressed venue
        Assert.Equal("papercatalog: 1 file, 4 entries: 2 errors, 1 warning\n", run.Error);
    }

    /// <summary>Every diagnostic of every file of the test corpus, read as one catalog: the tool says what the generator says.</summary>
    [Fact]
    public void On_the_whole_test_corpus_the_tool_reports_what_the_generator_reports()
    {
        var corpus = Path.Combine(TestPaths.ProjectDirectory, "TestData");
        var files = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(corpus, path).Replace('\\', '/'))
            .Where(path => !path.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            Write(file, File.ReadAllText(Path.Combine(corpus, file)));
        }

        var run = Run(["lint", "--show-info", .. files]);

        var expected = BuildLines(files.Select(f => new CatalogFile(f, File.ReadAllText(Path.Combine(corpus, f)))).ToArray());
        Assert.True(expected.Length > 20, "the corpus should have diagnostics to compare");
        Assert.Equal(expected, run.OutputLines.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Any(l => l.Contains(": error ", StringComparison.Ordinal)) ? ExitCodes.ErrorsFound : ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void Severities_change_from_the_command_line_and_a_globalconfig_style_file_and_the_command_line_wins()
    {
        Write("docs/broken.md", BrokenList);
        Write("lint.globalconfig", """
            is_global = true
            # comments and other keys are skipped
            dotnet_diagnostic.PCAT401.severity = none
            dotnet_diagnostic.PCAT302.severity = warning
            dotnet_diagnostic.PCAT208.severity = suggestion
            [/some/path.md]
            dotnet_diagnostic.PCAT302.severity = error
            """);

        var configured = Run("lint", "docs/broken.md", "--config", "lint.globalconfig");
        var overridden = Run("lint", "docs/broken.md", "--config", "lint.globalconfig", "--severity", "PCAT401=error", "-s", "pcat302=none");

        Assert.Equal(ExitCodes.Success, configured.ExitCode);
        Assert.DoesNotContain("PCAT401", configured.Output);
        Assert.Contains(": warning PCAT302:", configured.Output);
        Assert.DoesNotContain("PCAT208", configured.Output);
        Assert.Contains("1 message of severity info not shown", configured.Error);
        Assert.Equal(ExitCodes.ErrorsFound, overridden.ExitCode);
        Assert.Contains(": error PCAT401:", overridden.Output);
        Assert.DoesNotContain("PCAT302", overridden.Output);
    }

    [Fact]
    public void Warnings_as_errors_fails_on_a_warning_as_the_build_would()
    {
        Write("docs/warned.md", "# Only prose\n\nNo table here, no list: a warning.\n");

        var lenient = Run("lint", "docs/warned.md");
        var strict = Run("lint", "docs/warned.md", "--warnaserror");
        var strictButChanged = Run("lint", "docs/warned.md", "--warnings-as-errors", "--severity", "PCAT003=suggestion");

        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
        Assert.Contains(": warning PCAT003:", lenient.Output);
        Assert.Equal(ExitCodes.ErrorsFound, strict.ExitCode);
        Assert.Contains(": error PCAT003:", strict.Output);
        Assert.Equal(ExitCodes.Success, strictButChanged.ExitCode);
    }

    [Fact]
    public void GitHub_format_writes_one_workflow_command_per_diagnostic()
    {
        Write("docs/broken.md", BrokenList);
        Write("docs/warned.md", "# Only prose\n\nNo table here, no list: a warning.\n");

        var text = Run("lint", "docs/broken.md", "docs/warned.md");
        var github = Run("lint", "--format", "github", "docs/broken.md", "docs/warned.md");

        Assert.Equal(ExitCodes.ErrorsFound, github.ExitCode);
        Assert.Equal(text.OutputLines.Length, github.OutputLines.Length);
        var row = BrokenList.Split('\n')[6];
        var column = row.IndexOf("arXiv", StringComparison.Ordinal) + 1;
        Assert.Contains(
            $"::error file=docs/broken.md,line=7,col={column},endLine=7,endColumn={column + "arXiv 1404.599".Length},title=PCAT401::The venue 'arXiv 1404.599' of 'CNN Parallelism'",
            github.Output);
        Assert.Contains("::warning file=docs/warned.md,line=1,col=1,", github.OutputLines.Single(l => l.Contains("PCAT003", StringComparison.Ordinal)));
        Assert.All(github.OutputLines, line => Assert.Matches(@"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=PCAT\d{3}::[^\r\n]+$", line));
    }

    [Fact]
    public void GitHub_format_escapes_what_would_end_a_command()
    {
        Write("docs/a,b%.md", BrokenList);

        var github = Run("lint", "--format", "github", "docs/a,b%.md");

        Assert.Contains("file=docs/a%2Cb%25.md,", github.Output);
    }

    /// <summary>The fields GitHub code scanning reads from a SARIF upload.</summary>
    [Fact]
    public void Sarif_holds_the_fields_code_scanning_reads()
    {
        Write("docs/broken.md", BrokenList);
        Write("docs/llm.md", TestPaths.Seed);

        var text = Run("lint", "docs/broken.md", "docs/llm.md", "--show-info");
        var sarif = Run("lint", "-f", "sarif", "docs/broken.md", "docs/llm.md");

        Assert.Equal(ExitCodes.ErrorsFound, sarif.ExitCode);
        using var document = JsonDocument.Parse(sarif.Output);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("papercatalog", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(PaperCatalog.Generator.Diagnostics.DiagnosticDescriptors.All.Count, rules.Count);
        Assert.All(rules, rule =>
        {
            Assert.Matches("^PCAT\\d{3}$", rule.GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        });

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(text.OutputLines.Length, results.Count);
        foreach (var (result, line) in results.Zip(text.OutputLines))
        {
            var ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            var level = result.GetProperty("level").GetString();
            var location = result.GetProperty("locations").EnumerateArray().Single().GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            var region = location.GetProperty("region");
            var startLine = region.GetProperty("startLine").GetInt32();
            var startColumn = region.GetProperty("startColumn").GetInt32();
            Assert.True(region.GetProperty("endLine").GetInt32() >= startLine);
            Assert.True(region.GetProperty("endColumn").GetInt32() >= 1);
            Assert.False(Path.IsPathRooted(uri), uri);
            var severity = level == "note" ? "info" : level;
            var helpUri = rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("helpUri").GetString();
            Assert.Equal(line, $"{uri}({startLine},{startColumn}): {severity} {ruleId}: {result.GetProperty("message").GetProperty("text").GetString()} ({helpUri})");
        }
    }

    [Fact]
    public void Lint_fix_moves_a_shuffled_section_to_its_declared_order_and_sarif_carries_the_same_edit()
    {
        var original = string.Join("\n",
            "<!-- papercatalog order: year desc -->",
            "",
            "## Serving",
            "",
            "- [Orca](https://www.usenix.org/conference/osdi22/presentation/yu) - OSDI 2022",
            "  - iteration-level scheduling",
            "- [Vidur](https://arxiv.org/abs/2405.05465) - MLSys 2024",
            "- [Tofu](https://doi.org/10.1145/3302424.3303953) - EuroSys 2019",
            "- [FastServe](https://arxiv.org/abs/2305.05920) - arXiv 2023",
            "");
        Write("docs/list.md", original);

        var sarif = Run("lint", "-f", "sarif", "docs/list.md");
        var replacements = SarifReplacements(sarif.Output, "PCAT501");
        var fix = Run("lint", "--fix", "docs/list.md");
        var fixedText = File.ReadAllText(Path.Combine(_directory, "docs/list.md"));

        Assert.Equal(ExitCodes.Success, fix.ExitCode);
        Assert.Contains("papercatalog: 1 fix applied", fix.Error, StringComparison.Ordinal);
        Assert.Equal(Apply(original, replacements), fixedText);
        Assert.Equal(original.Split('\n').Order(StringComparer.Ordinal), fixedText.Split('\n').Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { "Vidur", "FastServe", "Orca", "Tofu" },
            fixedText.Split('\n').Where(l => l.StartsWith("- [", StringComparison.Ordinal)).Select(l => l.Substring(3, l.IndexOf(']') - 3)));
        Assert.Contains("- [Orca](https://www.usenix.org/conference/osdi22/presentation/yu) - OSDI 2022\n  - iteration-level scheduling\n", fixedText, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings", Run("lint", "--warnings-as-errors", "docs/list.md").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_fix_rewrites_the_link_forms_github_does_not_read_as_links()
    {
        var original = string.Join("\n",
            "## Serving",
            "",
            "| Name | Links |",
            "| --- | --- |",
            "| **Orca** | [PDF](arxiv.org/pdf/2108.02099) [[Code]] (https://github.com/a/orca) (Notes)[https://example.org/orca] |",
            "| **FastServe** | [Paper](https://arxiv.org/pdf/2305.05920v2) |",
            "",
            "## Scheduling",
            "",
            "- [FastServe](https://arxiv.org/abs/2305.05920)",
            "");
        Write("docs/list.md", original);

        var sarif = Run("lint", "-f", "sarif", "--show-info", "docs/list.md");
        var fix = Run("lint", "--fix", "docs/list.md");
        var fixedText = File.ReadAllText(Path.Combine(_directory, "docs/list.md"));

        Assert.Equal(
            original
                .Replace("(arxiv.org/pdf/2108.02099)", "(https://arxiv.org/pdf/2108.02099)", StringComparison.Ordinal)
                .Replace("[[Code]] (https://github.com/a/orca)", "[[Code]](https://github.com/a/orca)", StringComparison.Ordinal)
                .Replace("(Notes)[https://example.org/orca]", "[Notes](https://example.org/orca)", StringComparison.Ordinal)
                .Replace("https://arxiv.org/pdf/2305.05920v2", "https://arxiv.org/abs/2305.05920", StringComparison.Ordinal),
            fixedText);
        Assert.Equal(fixedText, Apply(original, new[] { "PCAT303", "PCAT308", "PCAT309" }.SelectMany(id => SarifReplacements(sarif.Output, id)).ToList()));
        Assert.Equal(ExitCodes.Success, fix.ExitCode);
        Assert.Contains("0 errors, 0 warnings", Run("lint", "docs/list.md").Error, StringComparison.Ordinal);
    }

    /// <summary>The replacements of every result of <paramref name="ruleId"/>, checked against SARIF 2.1.0's shape of a fix.</summary>
    private static List<(int Offset, int Length, string Text)> SarifReplacements(string sarif, string ruleId)
    {
        using var document = JsonDocument.Parse(sarif);
        var replacements = new List<(int, int, string)>();
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == ruleId))
        {
            if (!result.TryGetProperty("fixes", out var fixes))
            {
                continue;
            }

            // fix: artifactChanges (at least one); artifactChange: artifactLocation and replacements (at least one);
            // replacement: deletedRegion (a region) and insertedContent (an artifactContent with text).
            foreach (var fix in fixes.EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(fix.GetProperty("description").GetProperty("text").GetString()));
                var changes = fix.GetProperty("artifactChanges").EnumerateArray().ToList();
                Assert.NotEmpty(changes);
                foreach (var change in changes)
                {
                    Assert.False(Path.IsPathRooted(change.GetProperty("artifactLocation").GetProperty("uri").GetString()));
                    var list = change.GetProperty("replacements").EnumerateArray().ToList();
                    Assert.NotEmpty(list);
                    foreach (var replacement in list)
                    {
                        var region = replacement.GetProperty("deletedRegion");
                        Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
                        Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
                        Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
                        Assert.True(region.GetProperty("endColumn").GetInt32() >= 1);
                        Assert.True(region.GetProperty("charLength").GetInt32() >= 0);
                        replacements.Add((region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32(), replacement.GetProperty("insertedContent").GetProperty("text").GetString()!));
                    }
                }
            }
        }

        Assert.NotEmpty(replacements);
        return replacements;
    }

    private static string Apply(string text, List<(int Offset, int Length, string Text)> replacements)
    {
        foreach (var (offset, length, inserted) in replacements.OrderByDescending(r => r.Offset))
        {
            text = text.Substring(0, offset) + inserted + text.Substring(offset + length);
        }

        return text;
    }

    private const string ListA = "## S\n\n| Name | Links |\n| --- | --- |\n| **Orca** | [Paper](https://example.org/orca.pdf) [Notes](notes/orca.md) |\n";
    private const string ListB = "## S\n\n| Name | Links |\n| --- | --- |\n| **Orca** | [Paper](https://example.org/orca2.pdf) [Notes](notes/orca2.md) |\n";

    [Fact]
    public void A_config_file_gives_the_files_the_metadata_the_build_gives_them()
    {
        Write("a/one.md", ListA);
        Write("b/two.md", ListB);
        Write("papercatalog.json", """
            {
              "files": [
                { "include": "a/*.md", "className": "ListA" },
                { "include": ["b/*.md"], "className": "ListB", "baseUrl": "https://github.com/o/r/blob/main/", "repositoryPath": "lists/two.md" }
              ],
              "severities": { "PCAT307": "warning" }
            }
            """);

        var together = Run("lint", "--show-info", "a/one.md", "b/two.md");
        var configured = Run("lint");

        // Read as one root class, the two Orcas clash; as the build reads them with the config's metadata, they do not,
        // and b's relative link resolves against its base URL.
        Assert.Equal(BuildLines(new CatalogFile("a/one.md", ListA), new CatalogFile("b/two.md", ListB)), together.OutputLines.Order(StringComparer.Ordinal));
        Assert.Contains(together.OutputLines, l => l.Contains("PCAT203", StringComparison.Ordinal));
        var build = BuildLines(
            new CatalogFile("a/one.md", ListA, ClassName: "ListA"),
            new CatalogFile("b/two.md", ListB, ClassName: "ListB", BaseUrl: "https://github.com/o/r/blob/main/", RepositoryPath: "lists/two.md"));
        Assert.Equal(build.Select(l => l.Replace(": info PCAT307", ": warning PCAT307", StringComparison.Ordinal)), configured.OutputLines.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(configured.OutputLines, l => l.Contains("PCAT203", StringComparison.Ordinal));
        Assert.Single(configured.OutputLines);
        Assert.Contains("a/one.md(5,", configured.Output, StringComparison.Ordinal);
        Assert.Equal("papercatalog: 2 files, 2 entries: 0 errors, 1 warning\n", configured.Error);

        var export = Run("export");
        Assert.Contains("\"url\": \"https://github.com/o/r/blob/main/lists/notes/orca2.md\"", export.Output, StringComparison.Ordinal);
        Assert.Equal(configured.Output, Run("lint", "--config", "papercatalog.json", "a/one.md", "b/two.md").Output);
    }

    [Fact]
    public void Init_writes_a_config_for_the_markdown_files_it_finds_and_lint_reads_it()
    {
        Write("a/one.md", ListA);
        Write("b/two.md", ListB);
        Write(".github/template.md", "# not a list\n");

        var init = Run("init");
        var again = Run("init");
        var lint = Run("lint");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        using (var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "papercatalog.json"))))
        {
            Assert.Equal(
                new[] { "a/one.md=One", "b/two.md=Two" },
                config.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("include").GetString() + "=" + f.GetProperty("className").GetString()));
        }

        Assert.Equal(ExitCodes.UsageError, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
        Assert.StartsWith("papercatalog: 2 files, 2 entries: 0 errors, 0 warnings", lint.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_files_or_a_config_lint_says_what_to_give()
    {
        var run = Run("lint");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("papercatalog init", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_the_catalog_as_the_generator_reads_it()
    {
        // Where the seed is in its repository, so that its relative links resolve as they do on GitHub.
        Write("paper-list/systems-for-ml/llm.md", TestPaths.Seed);
        Write("docs/broken.md", BrokenList);
        Write("docs/more.md", "## Parallelism\n\n| Name | Links |\n| --- | --- |\n| **Tofu** | [Paper](https://doi.org/10.1145/3302424.3303953) |\n");

        var run = Run("export", "paper-list/systems-for-ml/llm.md", "docs/*.md", "--base-url", TestPaths.AwesomePapersBaseUrl, "-o", "catalog.json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "catalog.json")));
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(new[] { "docs/broken.md", "docs/more.md", "paper-list/systems-for-ml/llm.md" }, files.Select(f => f.GetProperty("path").GetString()));
        var seed = files[2];
        Assert.Equal(12, seed.GetProperty("entries").GetArrayLength());
        Assert.Equal(new[] { "Training", "Inference", "Models" }, seed.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var orca = seed.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Orca");
        Assert.Equal("Inference", orca.GetProperty("section").GetString());
        Assert.Equal("Papers.Inference.Orca", orca.GetProperty("member").GetString());
        Assert.Equal("usenix:osdi22/yu", orca.GetProperty("key").GetString());
        Assert.Equal("arXiv:2305.05920", seed.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "FastServe").GetProperty("key").GetString());
        Assert.Equal(TestPaths.Seed.Split('\n').ToList().FindIndex(l => l.Contains("Orca", StringComparison.Ordinal)) + 1, orca.GetProperty("line").GetInt32());
        Assert.Equal("OSDI", orca.GetProperty("venue").GetProperty("name").GetString());
        Assert.Equal(2022, orca.GetProperty("venue").GetProperty("year").GetInt32());
        Assert.Equal("Conference", orca.GetProperty("venue").GetProperty("kind").GetString());
        Assert.Equal(new[] { "Seoul National University", "FriendliAI" }, orca.GetProperty("institutions").EnumerateArray().Select(i => i.GetString()));
        var links = orca.GetProperty("links").EnumerateArray().ToList();
        var paper = links.Single(l => l.GetProperty("member").GetString() == "PaperUrl");
        Assert.Equal("https://www.usenix.org/conference/osdi22/presentation/yu", paper.GetProperty("url").GetString());
        Assert.Equal("Usenix", paper.GetProperty("kind").GetString());
        var notes = links.Single(l => l.GetProperty("member").GetString() == "PersonalNotesUrl");
        Assert.Equal("https://github.com/mental2008/awesome-papers/blob/main/reading-notes/conference/osdi-2022/orca.md", notes.GetProperty("url").GetString());
        Assert.Equal("GitHub", notes.GetProperty("kind").GetString());

        // The broken file: its entries as read (the same paper twice in one section is two entries, the second
        // numbered), and an entry another file's entry already named is listed without a member; the
        // diagnostics with their places.
        var broken = files[0].GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(new[] { "CNN Parallelism", "Suppressed", "Tofu", "Tofu" }, broken.Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(new[] { "Papers.Parallelism.Tofu", "Papers.Parallelism.Tofu2" }, broken.Skip(2).Select(e => e.GetProperty("member").GetString()));
        Assert.Equal(JsonValueKind.Null, files[1].GetProperty("entries")[0].GetProperty("member").ValueKind);
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("id").GetString() == "PCAT401" && d.GetProperty("path").GetString() == "docs/broken.md" && d.GetProperty("line").GetInt32() == 7 && d.GetProperty("severity").GetString() == "error");
    }

    /// <summary>
    /// In a sub-folder of a Git repository, the text report's paths are from the current folder (as a build's
    /// are from its project), while relative links, GitHub annotations and SARIF use the path from the root.
    /// </summary>
    [Fact]
    public void From_a_sub_folder_of_a_repository_links_and_annotations_use_the_path_from_its_root()
    {
        Directory.CreateDirectory(Path.Combine(_directory, ".git"));
        Write("paper-list/systems-for-ml/llm.md", TestPaths.Seed);
        Write("paper-list/systems-for-ml/broken.md", BrokenList);

        var export = RunIn("paper-list", "export", "systems-for-ml/llm.md", "--base-url", TestPaths.AwesomePapersBaseUrl);
        var text = RunIn("paper-list", "lint", "systems-for-ml/broken.md");
        var github = RunIn("paper-list", "lint", "-f", "github", "systems-for-ml/broken.md");
        var sarif = RunIn("paper-list", "lint", "-f", "sarif", "systems-for-ml/broken.md");

        Assert.Contains("\"url\": \"https://github.com/mental2008/awesome-papers/blob/main/reading-notes/conference/osdi-2022/orca.md\"", export.Output);
        Assert.Contains("\"path\": \"systems-for-ml/llm.md\"", export.Output);
        Assert.StartsWith("systems-for-ml/broken.md(", text.Output);
        Assert.All(github.OutputLines, line => Assert.Contains("file=paper-list/systems-for-ml/broken.md,", line));
        using var document = JsonDocument.Parse(sarif.Output);
        Assert.All(
            document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(),
            result => Assert.Equal("paper-list/systems-for-ml/broken.md", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
    }

    [Fact]
    public void Globs_are_expanded_by_the_tool_each_file_once_in_path_order()
    {
        Write("lists/a.md", TestPaths.Seed.Replace("## ", "## A ", StringComparison.Ordinal));
        Write("lists/deep/b.md", TestPaths.Seed.Replace("## ", "## B ", StringComparison.Ordinal));
        Write("lists/notes.txt", "not markdown");

        var run = Run("lint", "lists/**/*.md", "lists/a.md");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("papercatalog: 2 files, 24 entries:", run.Error);
    }

    [Theory]
    [InlineData("missing.md", "papercatalog: error: no such file 'missing.md'.")]
    [InlineData("docs", "papercatalog: error: 'docs' is a directory; give its Markdown files, e.g. 'docs/**/*.md'.")]
    [InlineData("docs/**/*.markdown", "papercatalog: error: no file matches 'docs/**/*.markdown'.")]
    [InlineData("nowhere/*.md", "papercatalog: error: no file matches 'nowhere/*.md'.")]
    [InlineData("docs/latin1.md", "papercatalog: error: 'docs/latin1.md' is not UTF-8 text (byte 0xE9 on line 3); save it as UTF-8.")]
    [InlineData("docs/binary.md", "papercatalog: error: 'docs/binary.md' is not text (it holds NUL characters); give Markdown files.")]
    public void Files_that_cannot_be_read_are_said_in_one_line_and_exit_2(string argument, string message)
    {
        Write("docs/llm.md", TestPaths.Seed);
        File.WriteAllBytes(Path.Combine(_directory, "docs/latin1.md"), Encoding.Latin1.GetBytes("# List\n\nCaf\u00e9s\n"));
        File.WriteAllBytes(Path.Combine(_directory, "docs/binary.md"), [0x23, 0x20, 0x00, 0x01, 0x02]);

        var run = Run("lint", argument);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(message + "\n", run.Error);
    }

    [Theory]
    [InlineData(new[] { "lint", "docs/llm.md", "--severity", "PCAT999=error" }, "'PCAT999' is not a PaperCatalog diagnostic")]
    [InlineData(new[] { "lint", "docs/llm.md", "--severity", "PCAT401=loud" }, "'loud' is not a severity (error, warning, suggestion, silent, none or default)")]
    [InlineData(new[] { "lint", "docs/llm.md", "--severity", "PCAT401" }, "--severity 'PCAT401' is not ID=LEVEL")]
    [InlineData(new[] { "lint", "docs/llm.md", "--config", "none.globalconfig" }, "no such config file 'none.globalconfig'")]
    [InlineData(new[] { "lint", "docs/llm.md", "--base-url", "github.com/x" }, "--base-url 'github.com/x' is not an absolute http(s) URL")]
    [InlineData(new[] { "lint", "docs/llm.md", "--format", "xml" }, "'xml' is not a --format: text, github, sarif.")]
    [InlineData(new[] { "export", "docs/llm.md", "--format", "1" }, "'1' is not a --format: json.")]
    [InlineData(new[] { "lint" }, "give the Markdown files to read, or write a papercatalog.json ('papercatalog init').")]
    [InlineData(new[] { "check", "docs/llm.md" }, "Unrecognized command or argument 'check'")]
    [InlineData(new string[0], "Required command was not provided")]
    public void Bad_command_lines_are_said_and_exit_2(string[] args, string message)
    {
        Write("docs/llm.md", TestPaths.Seed);

        var run = Run(args);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.StartsWith("papercatalog: error: ", run.Error);
    }

    [Fact]
    public void A_cancelled_run_stops_and_exits_130()
    {
        Write("docs/llm.md", TestPaths.Seed);
        var (output, error) = (new StringWriter(), new StringWriter { NewLine = "\n" });
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var exitCode = ToolCommands.Run(["lint", "docs/llm.md"], output, error, _directory, cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.Equal("papercatalog: cancelled\n", error.ToString());
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void Formats_are_read_whatever_their_case()
    {
        Write("docs/llm.md", TestPaths.Seed);

        Assert.Equal(ExitCodes.Success, Run("lint", "--format", "SARIF", "docs/llm.md").ExitCode);
        Assert.Equal(ExitCodes.Success, Run("export", "-f", "Json", "docs/llm.md").ExitCode);
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("the disk is full");

        public override void Write(string? value) => throw new IOException("the disk is full");
    }

    [Fact]
    public void A_failure_of_the_tool_itself_is_one_line_and_exit_3_never_a_stack_trace()
    {
        Write("docs/llm.md", TestPaths.Seed);
        var error = new StringWriter { NewLine = "\n" };

        var exitCode = ToolCommands.Run(["lint", "docs/llm.md", "--show-info"], new FailingWriter(), error, _directory);

        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.StartsWith("papercatalog: internal error: IOException: the disk is full (please report it", error.ToString());
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("lint --help")]
    [InlineData("export --help")]
    public void Every_command_has_help(string args)
    {
        var run = Run(args.Split(' '));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("papercatalog", run.Output);
    }
}
