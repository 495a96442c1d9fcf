using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Hosts;

/// <summary>The README's first command, `dotnet run --project samples/Sample`, on a copy of the repository: the sample builds and prints what it promises.</summary>
[Trait("Category", "Package")]
public sealed class SampleTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("papercatalog-sample-").FullName;

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void The_sample_runs_on_the_seed_catalog()
    {
        foreach (var folder in new[] { "src", "samples" })
        {
            PackedPackage.CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, folder), Path.Combine(_copy, folder));
        }

        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md", "nuget.config" })
        {
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, file), Path.Combine(_copy, file));
        }

        var output = DotNet.Run(_copy, "run", "--project", "samples/Sample").ShouldSucceed().Output;

        Assert.Contains("Orca's venue is OSDI 2022: True", output, StringComparison.Ordinal);
        Assert.Contains("https://www.usenix.org/conference/osdi22/presentation/yu (OSDI 2022; Seoul National University, FriendliAI)", output, StringComparison.Ordinal);
    }
}
