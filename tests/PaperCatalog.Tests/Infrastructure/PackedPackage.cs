namespace PaperCatalog.Tests.Infrastructure;

/// <summary>
/// The real PaperCatalog package and the PaperCatalog.Tool package, packed once per test run with a unique version into a temporary
/// folder feed. The repository's sources are copied first, so packing never touches the build this
/// test runs in. Consumers restore it into packages folders of their own: NuGet caches packages by id
/// and version, and a shared cache could hand a test an older build.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("papercatalog-package-").FullName;
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        Feed = Path.Combine(Root, "feed");

        var copy = Path.Combine(Root, "repo");
        CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "src"), Path.Combine(copy, "src"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
        {
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, file), Path.Combine(copy, file));
        }

        DotNet.Run(copy, "pack", "src/Catalog/PaperCatalog.csproj", "-c", "Release", "-p:Version=" + Version, "-o", Feed).ShouldSucceed();
        PackagePath = Path.Combine(Feed, $"PaperCatalog.{Version}.nupkg");
        DotNet.Run(copy, "pack", "src/Tool/PaperCatalog.Tool.csproj", "-c", "Release", "-p:Version=" + Version, "-o", Feed).ShouldSucceed();
    }

    public string Root { get; }

    public string Version { get; }

    public string Feed { get; }

    public string PackagePath { get; }

    /// <summary>Creates a consumer project in a new temporary directory that references the package.</summary>
    /// <param name="targetFramework">A .NET Framework or netstandard2.0 target compiles with C# 7.3: no implicit usings, no nullable context.</param>
    /// <param name="referencePackage">False for a project that gets the package through a reference to a library that has it.</param>
    public string CreateConsumer(
        string name,
        string itemGroup,
        string program,
        IReadOnlyDictionary<string, string>? files = null,
        bool warningsAsErrors = true,
        string targetFramework = "net10.0",
        string outputType = "Exe",
        bool referencePackage = true)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="papercatalog-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        var modern = targetFramework.StartsWith("net1", StringComparison.Ordinal) || targetFramework.StartsWith("net8", StringComparison.Ordinal) || targetFramework.StartsWith("net9", StringComparison.Ordinal);
        var modernProperties = modern ? "<ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable>" : string.Empty;
        var package = referencePackage ? $"""<ItemGroup><PackageReference Include="PaperCatalog" Version="{Version}" /></ItemGroup>""" : string.Empty;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                {modernProperties}
                <RootNamespace>{(outputType == "Exe" ? "Consumer" : name)}</RootNamespace>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <TreatWarningsAsErrors>{(warningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <RestorePackagesPath>$(MSBuildProjectDirectory)/packages</RestorePackagesPath>
              </PropertyGroup>
              {package}
              {itemGroup}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        foreach (var (path, content) in files ?? new Dictionary<string, string>())
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    internal static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
