using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Generator;
using PaperCatalog.Testing;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Pipeline;

/// <summary>The generator does no work the output does not need: driver runs twice, step reasons asserted.</summary>
public sealed class IncrementalTests
{
    private static readonly CatalogFile Seed = TestPaths.SeedFile;

    private static IEnumerable<string> StepNames =>
        typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void Every_pipeline_step_has_a_tracking_name_that_the_driver_reports()
    {
        var driver = Catalogs.CreateDriver(new[] { Seed }).RunGenerators(Catalogs.CreateCompilation("class A { }"));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        Assert.All(StepNames, name => Assert.True(steps.ContainsKey(name), $"step {name} did not run"));
    }

    [Fact]
    public void An_edit_to_an_unrelated_cs_file_leaves_every_step_cached()
    {
        var compilation = Catalogs.CreateCompilation("class A { }");
        var driver = Catalogs.CreateDriver(new[] { Seed }).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", Catalogs.ParseOptions)));
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in StepNames)
        {
            AssertReasons(result, name, IncrementalStepRunReason.Cached);
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_edit_that_changes_no_entry_regenerates_nothing()
    {
        var compilation = Catalogs.CreateCompilation("class A { }");
        var driver = Catalogs.CreateDriver(new[] { Seed }, out var texts).RunGenerators(compilation);

        // Trailing whitespace and prose after the last table: the text changed, no entry did.
        var edited = new Catalogs.InMemoryText(Seed.Path, TestPaths.Seed.Replace("## Models", "## Models   ") + "\nSome closing prose.\n");
        driver = driver.ReplaceAdditionalText(texts[0], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        AssertReasons(result, TrackingNames.CatalogFiles, IncrementalStepRunReason.Modified);
        AssertReasons(result, TrackingNames.FileSpecs, IncrementalStepRunReason.Unchanged);
        AssertReasons(result, TrackingNames.ReportedDiagnostics, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertSourceOutputsUnchanged(result);
    }

    [Fact]
    public void A_moved_line_that_only_shifts_diagnostics_reports_them_anew_and_regenerates_no_code()
    {
        const string catalog = """
            ## Papers

            | Name | Links |
            | --- | --- |
            | **Alpha** | [Paper](https://example.com/alpha) |

            ## Notes

            | Term | Meaning |
            | --- | --- |
            | DL | [link](https://example.com/dl) |
            """;
        var file = new CatalogFile("catalog/notes.md", catalog);
        var compilation = Catalogs.CreateCompilation("class A { }");
        var driver = Catalogs.CreateDriver(new[] { file }, out var texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Diagnostics.Single(d => d.Id == "PCAT103");

        driver = driver.ReplaceAdditionalText(texts[0], new Catalogs.InMemoryText(file.Path, catalog.Replace("## Notes", "A new paragraph.\n\n## Notes"))).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        AssertReasons(result, TrackingNames.Parsed, IncrementalStepRunReason.Modified);
        AssertReasons(result, TrackingNames.FileSpecs, IncrementalStepRunReason.Unchanged);
        AssertReasons(result, TrackingNames.FileDiagnostics, IncrementalStepRunReason.Modified);
        AssertReasons(result, TrackingNames.ReportedDiagnostics, IncrementalStepRunReason.Modified);
        AssertSourceOutputsUnchanged(result);
        var after = result.Diagnostics.Single(d => d.Id == "PCAT103");
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 2, after.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void An_edit_that_moves_entries_to_other_lines_rewrites_only_that_files_source()
    {
        // Entries record their line (Paper.SourceLine, the hover's "line 7"), so moving them is a change of
        // that file's source; the root index and the lookups hold no line and are not written again.
        var compilation = Catalogs.CreateCompilation("class A { }");
        var driver = Catalogs.CreateDriver(new[] { Seed, TestPaths.AwesomePapers("systems-for-ml/moe.md") }, out var texts).RunGenerators(compilation);

        var edited = new Catalogs.InMemoryText(Seed.Path, TestPaths.Seed.Replace("## Training", "An introduction.\n\n## Training"));
        driver = driver.ReplaceAdditionalText(texts[0], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var fileOutputs = result.TrackedSteps[TrackingNames.FileOutputs].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, fileOutputs);
        AssertReasons(result, TrackingNames.Shapes, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        AssertReasons(result, TrackingNames.Indexes, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertReasons(result, TrackingNames.Lookups, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        // Alpa moved from line 7 to line 9: the line is in the entries' data.
        var seedSource = result.GeneratedSources.Single(s => s.HintName.Contains("catalog_llm_md", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("https://alpa.ai/1;0;0;0;9;", seedSource);
    }

    [Fact]
    public void An_edit_to_one_of_one_hundred_files_parses_only_that_file()
    {
        var files = SyntheticCatalogs.ManyFiles(100, 20).Select(f => new CatalogFile(f.Path, f.Markdown)).ToList();
        var compilation = Catalogs.CreateCompilation("class A { }");
        var driver = Catalogs.CreateDriver(files, out var texts).RunGenerators(compilation);

        var edited = new Catalogs.InMemoryText(files[42].Path, files[42].Markdown.Replace("Paper 42x7**", "Paper 42x7 revised**"));
        driver = driver.ReplaceAdditionalText(texts[42], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var parses = result.TrackedSteps[TrackingNames.Parsed].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(100, parses.Count);
        Assert.Equal(99, parses.Count(reason => reason == IncrementalStepRunReason.Cached));
        Assert.Equal(1, parses.Count(reason => reason == IncrementalStepRunReason.Modified));

        // Only that file's source is written again; the All lists (sections unchanged) are not.
        var fileOutputs = result.TrackedSteps[TrackingNames.FileOutputs].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, fileOutputs.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(99, fileOutputs.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        AssertReasons(result, TrackingNames.Indexes, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Changing_one_files_metadata_changes_only_that_files_outputs()
    {
        var files = new[] { Seed, TestPaths.AwesomePapers("systems-for-ml/moe.md") };
        var compilation = Catalogs.CreateCompilation("class A { }");
        var driver = Catalogs.CreateDriver(files).RunGenerators(compilation);

        // The second file moves to a root class of its own.
        var changed = new[] { files[0], files[1] with { ClassName = "Moe" } };
        driver = driver.WithUpdatedAnalyzerConfigOptions(Catalogs.CreateOptions(changed)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.CatalogFiles, TrackingNames.Parsed, TrackingNames.FileOutputs })
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.True(reasons[0] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: the seed's output was {reasons[0]}");
            Assert.Equal(IncrementalStepRunReason.Modified, reasons[1]);
        }

        Assert.Contains(result.GeneratedSources, s => s.HintName == "PaperCatalog.Sample.Moe.g.cs");
    }

    [Fact]
    public void Pipeline_models_hold_only_values_no_compilation_symbol_syntax_location_or_plain_collection()
    {
        var driver = Catalogs.CreateDriver(new[] { Seed, TestPaths.AwesomePapers("systems-for-ml/moe.md") })
            .RunGenerators(Catalogs.CreateCompilation("class A { }"));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        foreach (var name in StepNames)
        {
            foreach (var output in steps[name].SelectMany(step => step.Outputs))
            {
                ModelChecker.AssertValueModel(output.Value.GetType(), name);
            }
        }
    }

    [Fact]
    public void The_model_checker_rejects_what_it_should()
    {
        Assert.ThrowsAny<Exception>(() => ModelChecker.AssertValueModel(typeof(Location), "test"));
        Assert.ThrowsAny<Exception>(() => ModelChecker.AssertValueModel(typeof(List<string>), "test"));
        Assert.ThrowsAny<Exception>(() => ModelChecker.AssertValueModel(typeof(string[]), "test"));
        Assert.ThrowsAny<Exception>(() => ModelChecker.AssertValueModel(typeof(ValueTuple<Compilation, int>), "test"));
        ModelChecker.AssertValueModel(typeof(PaperCatalog.Generator.Model.CatalogFileSpec), "test");
    }

    private static void AssertSourceOutputsUnchanged(GeneratorRunResult result)
    {
        AssertReasons(result, TrackingNames.Indexes, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        // The outputs that add source; those that report diagnostics may rerun.
        var diagnosticSteps = new[] { TrackingNames.ReportedDiagnostics };
        var sourceSteps = result.TrackedOutputSteps["SourceOutput"]
            .Where(step => step.Inputs.All(input => !diagnosticSteps.Contains(input.Source.Name)))
            .ToList();
        Assert.Equal(3, sourceSteps.Count);
        Assert.All(
            sourceSteps.SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"source output was {o.Reason}"));
    }

    private static void AssertReasons(GeneratorRunResult result, string step, params IncrementalStepRunReason[] allowed)
    {
        foreach (var run in result.TrackedSteps[step])
        {
            foreach (var (_, reason) in run.Outputs)
            {
                Assert.True(allowed.Contains(reason), $"step {step} output was {reason}");
            }
        }
    }
}
