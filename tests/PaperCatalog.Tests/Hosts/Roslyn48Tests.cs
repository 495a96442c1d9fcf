using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Hosts;

/// <summary>
/// The generator compiles against Roslyn 4.8 so that compilers from the .NET 8 SDK and Visual Studio 17.8
/// on load it; everything else in this suite runs it on a newer Roslyn. PaperCatalog.Roslyn48 is a process
/// with Microsoft.CodeAnalysis.CSharp 4.8.0 that runs the generator on the seed, compiles and runs the result.
/// </summary>
public sealed class Roslyn48Tests
{
    [Fact]
    public void The_generator_runs_on_Roslyn_4_8_and_the_seed_compiles_and_runs_in_CSharp_latest_and_7_3()
    {
        var runner = Path.GetFullPath(TestPaths.Metadata("Roslyn48Runner"));
        Assert.True(File.Exists(runner), $"{runner} is built with the tests");

        var output = DotNet.Run(TestPaths.ProjectDirectory, runner, TestPaths.TestData("corpus/seed/llm.md"), "latest", "7.3").ShouldSucceed().Output;

        var runs = ("\n" + output.ReplaceLineEndings("\n")).Split("\nlanguage ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("roslyn 4.8.0.0", runs[0].Trim());
        Assert.Equal(new[] { "latest", "7.3" }, runs.Skip(1).Select(r => r.Split('\n')[0].Trim()));
        foreach (var run in runs.Skip(1))
        {
            var lines = run.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(
                new[]
                {
                    "exception none",
                    "generated PaperCatalog.File.catalog_llm_md_e9e2c66b.g.cs",
                    "generated PaperCatalog.Sample.Papers.Lookups.g.cs",
                    "generated PaperCatalog.Sample.Papers.g.cs",
                    "emit ok",
                    "run https://www.usenix.org/conference/osdi22/presentation/yu OSDI 12",
                },
                lines.Skip(1));
        }
    }
}
