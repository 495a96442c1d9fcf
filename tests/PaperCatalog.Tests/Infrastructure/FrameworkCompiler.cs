using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace PaperCatalog.Tests.Infrastructure;

/// <summary>
/// The .NET Framework compiler that Visual Studio and <c>msbuild.exe</c> run (the <c>tasks/net472</c> folder
/// of Microsoft.Net.Compilers.Toolset), read from the package the test project downloads: which assemblies
/// it ships and how its <c>.exe.config</c> files redirect them, and the .NET Framework 4.7.2 assemblies under
/// it. <see cref="Unbound"/> says which references of an analyzer that process cannot bind.
/// </summary>
internal sealed class FrameworkCompiler
{
    private static readonly XNamespace Binding = "urn:schemas-microsoft-com:asm.v1";

    private readonly Dictionary<string, Version> _compilerAssemblies;
    private readonly Dictionary<string, Version> _frameworkAssemblies;

    // Per host (csc.exe, and VBCSCompiler.exe, the compiler server msbuild uses): name → redirects.
    private readonly Dictionary<string, Dictionary<string, List<(Version Low, Version High, Version New)>>> _redirects;

    private FrameworkCompiler(string version, string folder)
    {
        Version = version;
        Folder = folder;
        _compilerAssemblies = ReadAssemblies(folder);
        _frameworkAssemblies = ReadAssemblies(FrameworkReferenceFolder);
        foreach (var (name, assemblyVersion) in ReadAssemblies(Path.Combine(FrameworkReferenceFolder, "Facades")))
        {
            _frameworkAssemblies.TryAdd(name, assemblyVersion);
        }

        _redirects = new Dictionary<string, Dictionary<string, List<(Version, Version, Version)>>>(StringComparer.Ordinal);
        foreach (var config in Directory.GetFiles(folder, "*.exe.config").Where(IsCompilerHost).OrderBy(p => p, StringComparer.Ordinal))
        {
            _redirects[Path.GetFileName(config)] = ReadRedirects(config);
        }

        Assert.True(_redirects.ContainsKey("csc.exe.config"), $"no csc.exe.config in {folder}");
        Assert.True(_compilerAssemblies.ContainsKey("Microsoft.CodeAnalysis"), $"no compiler in {folder}");
    }

    /// <summary>The toolset package versions the test project downloads (its <c>FrameworkCompiler</c> items).</summary>
    public static IReadOnlyList<string> Versions { get; } = TestPaths.Metadata("FrameworkCompilerVersions").Split(';', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The .NET Framework 4.7.2 reference assemblies (Microsoft.NETFramework.ReferenceAssemblies.net472).</summary>
    public static string FrameworkReferenceFolder { get; } = Path.Combine(
        TestPaths.Metadata("NuGetPackageRoot"),
        "microsoft.netframework.referenceassemblies.net472",
        TestPaths.Metadata("FrameworkReferenceAssembliesVersion"),
        "build",
        ".NETFramework",
        "v4.7.2");

    public string Version { get; }

    public string Folder { get; }

    public static FrameworkCompiler Load(string version) => new(
        version,
        Path.Combine(TestPaths.Metadata("NuGetPackageRoot"), "microsoft.net.compilers.toolset", version, "tasks", "net472"));

    /// <summary>The names of assemblies the compiler folder ships.</summary>
    public IReadOnlyCollection<string> CompilerAssemblyNames => _compilerAssemblies.Keys;

    /// <summary>
    /// Every reference of <paramref name="analyzers"/> (assemblies loaded together from one analyzer folder)
    /// that the compiler's process cannot bind, as a sentence naming the assembly and the versions. A
    /// reference binds when the compiler folder has that version or a redirect of every compiler host covers
    /// it; when the .NET Framework has the assembly at that version or later (framework unification); or when
    /// the analyzer folder holds it at that version or later (the compiler loads analyzer dependencies from there).
    /// </summary>
    public IReadOnlyList<string> Unbound(IReadOnlyList<AnalyzerAssembly> analyzers)
    {
        var problems = new List<string>();
        foreach (var analyzer in analyzers)
        {
            foreach (var reference in analyzer.References)
            {
                var problem = Check(reference, analyzers);
                if (problem is not null)
                {
                    problems.Add($"{analyzer.FileName} references {reference.Name} {reference.Version}: {problem}");
                }
            }
        }

        return problems;
    }

    private string? Check(AssemblyName reference, IReadOnlyList<AnalyzerAssembly> analyzers)
    {
        var name = reference.Name!;
        var version = reference.Version ?? new Version(0, 0, 0, 0);
        if (_compilerAssemblies.TryGetValue(name, out var shipped))
        {
            // The compiler's own copy is found first (its folder is the application base): the version must
            // match or be redirected to it, in every host's configuration.
            if (version == shipped)
            {
                return null;
            }

            var failing = new List<string>();
            foreach (var (host, redirects) in _redirects)
            {
                var ranges = redirects.GetValueOrDefault(name) ?? new List<(Version Low, Version High, Version New)>();
                if (!ranges.Any(r => r.Low <= version && version <= r.High && r.New == shipped))
                {
                    var described = ranges.Count == 0 ? "no redirect" : "redirects only " + string.Join(", ", ranges.Select(r => $"{r.Low}-{r.High} to {r.New}"));
                    failing.Add($"{host}: {described}");
                }
            }

            return failing.Count == 0
                ? null
                : $"the .NET Framework compiler of Microsoft.Net.Compilers.Toolset {Version} ships {name} {shipped} ({string.Join("; ", failing)}), so it cannot load {version} (CS8785 in Visual Studio and msbuild.exe)";
        }

        if (_frameworkAssemblies.TryGetValue(name, out var framework))
        {
            return version <= framework
                ? null
                : $".NET Framework 4.7.2 has {name} {framework} only";
        }

        var sibling = analyzers.FirstOrDefault(a => string.Equals(a.Name.Name, name, StringComparison.OrdinalIgnoreCase));
        if (sibling is not null)
        {
            return sibling.Name.Version >= version ? null : $"the package carries {name} {sibling.Name.Version} only";
        }

        return $"neither the compiler (Microsoft.Net.Compilers.Toolset {Version}), .NET Framework 4.7.2 nor the package has {name}";
    }

    private static bool IsCompilerHost(string config)
    {
        var name = Path.GetFileName(config);
        return name.Equals("csc.exe.config", StringComparison.OrdinalIgnoreCase) || name.Equals("VBCSCompiler.exe.config", StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, Version> ReadAssemblies(string folder)
    {
        var assemblies = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(folder, "*.dll"))
        {
            try
            {
                var name = AssemblyName.GetAssemblyName(file);
                assemblies[name.Name!] = name.Version!;
            }
            catch (BadImageFormatException)
            {
                // A native library (Microsoft.DiaSymReader.Native.*): nothing binds to it by name.
            }
        }

        return assemblies;
    }

    private static Dictionary<string, List<(Version Low, Version High, Version New)>> ReadRedirects(string config)
    {
        var redirects = new Dictionary<string, List<(Version, Version, Version)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var dependent in XDocument.Load(config).Descendants(Binding + "dependentAssembly"))
        {
            var name = dependent.Element(Binding + "assemblyIdentity")?.Attribute("name")?.Value;
            var redirect = dependent.Element(Binding + "bindingRedirect");
            if (name is null || redirect is null)
            {
                continue;
            }

            var range = redirect.Attribute("oldVersion")!.Value.Split('-');
            var low = System.Version.Parse(range[0]);
            var high = System.Version.Parse(range[^1]);
            if (!redirects.TryGetValue(name, out var list))
            {
                redirects[name] = list = new List<(Version, Version, Version)>();
            }

            list.Add((low, high, System.Version.Parse(redirect.Attribute("newVersion")!.Value)));
        }

        return redirects;
    }
}

/// <summary>An assembly in a package's analyzer folder: its identity and what it references.</summary>
internal sealed record AnalyzerAssembly(string FileName, AssemblyName Name, IReadOnlyList<AssemblyName> References)
{
    public static AnalyzerAssembly Read(string fileName, byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        var name = metadata.GetAssemblyDefinition().GetAssemblyName();
        var references = metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName()).ToList();
        return new AnalyzerAssembly(fileName, name, references);
    }
}
