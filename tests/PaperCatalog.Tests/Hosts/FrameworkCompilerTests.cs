using System.IO.Compression;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Hosts;

/// <summary>
/// Visual Studio and <c>msbuild.exe</c> run the .NET Framework compiler, which binds only the assembly
/// versions its folder ships or redirects: every assembly the package puts in <c>analyzers/dotnet/cs</c>
/// must bind there, or the generator fails to load (CS8785) where <c>dotnet build</c> shows nothing.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class FrameworkCompilerTests
{
    private readonly PackedPackage _package;

    public FrameworkCompilerTests(PackedPackage package) => _package = package;

    public static TheoryData<string> CompilerVersions() => new(FrameworkCompiler.Versions);

    [Theory]
    [MemberData(nameof(CompilerVersions))]
    public void Every_packed_analyzer_reference_binds_in_the_NET_Framework_compiler(string toolsetVersion)
    {
        var compiler = FrameworkCompiler.Load(toolsetVersion);
        var analyzers = ReadAnalyzers(_package.PackagePath);
        Assert.Contains(analyzers, a => a.FileName == "PaperCatalog.Generator.dll");

        var unbound = compiler.Unbound(analyzers);

        Assert.True(unbound.Count == 0, string.Join(Environment.NewLine, unbound));
    }

    [Theory]
    [MemberData(nameof(CompilerVersions))]
    public void The_package_carries_no_second_copy_of_an_assembly_the_compiler_ships(string toolsetVersion)
    {
        // A second System.Memory (or the like) in one compilation breaks other generators (CsWin32 issue 836).
        var compiler = FrameworkCompiler.Load(toolsetVersion);
        var analyzers = ReadAnalyzers(_package.PackagePath);

        var duplicated = analyzers.Where(a => compiler.CompilerAssemblyNames.Contains(a.Name.Name!, StringComparer.OrdinalIgnoreCase)).Select(a => a.FileName);

        Assert.Empty(duplicated);
    }

    [Fact]
    public void The_binding_check_fails_on_a_reference_the_compiler_cannot_bind()
    {
        // The check itself can fail: Markdig 0.45 and later reference System.Memory 4.0.2.0, which the
        // 4.14 compiler (System.Memory 4.0.1.2, redirects up to 4.0.1.2) cannot load.
        var compiler = FrameworkCompiler.Load(FrameworkCompiler.Versions[0]);
        var tooNew = new System.Reflection.AssemblyName("System.Memory, Version=99.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51");
        var analyzer = new AnalyzerAssembly("Probe.dll", new System.Reflection.AssemblyName("Probe, Version=1.0.0.0"), new[] { tooNew });

        var unbound = Assert.Single(compiler.Unbound(new[] { analyzer }));

        Assert.StartsWith("Probe.dll references System.Memory 99.0.0.0: the .NET Framework compiler of Microsoft.Net.Compilers.Toolset", unbound);
        Assert.Contains("redirects only 0.0.0.0-", unbound);
    }

    private static List<AnalyzerAssembly> ReadAnalyzers(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        var analyzers = new List<AnalyzerAssembly>();
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            analyzers.Add(AnalyzerAssembly.Read(entry.Name, copy.ToArray()));
        }

        return analyzers;
    }
}
