using System.Text.RegularExpressions;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Design;

/// <summary>
/// The generator's code flows one way: Input → Reading → Building → Naming → Analysis → Emit. A stage may use
/// the stages before it and the foundation every stage shares (Model, Diagnostics, and the runtime library's
/// Shared files), never a stage after it; the foundation uses only itself. Pipeline (the steps wired
/// together) and the generator itself may use everything.
/// </summary>
public sealed class PipelineDirectionTests
{
    private static readonly string[] Stages = { "Input", "Reading", "Building", "Naming", "Analysis", "Emit" };

    private static readonly string[] Foundation = { "Model", "Diagnostics", "Shared" };

    private static readonly Regex UsingDirective = new(@"^using (?:static )?PaperCatalog\.Generator\.(\w+)", RegexOptions.Multiline);

    private static readonly Regex QualifiedName = new(@"PaperCatalog\.Generator\.(\w+)\.[A-Z]");

    private static readonly Regex ShortQualifiedName = new(@"(?<![\w.])(Input|Reading|Building|Naming|Analysis|Emit|Pipeline)\.[A-Z]\w*");

    [Fact]
    public void No_namespace_uses_one_further_down_the_pipeline()
    {
        var violations = new List<string>();
        foreach (var (file, own, used) in References())
        {
            foreach (var target in used)
            {
                if (!IsAllowed(own, target))
                {
                    violations.Add($"{file}: {own} uses {target}");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void The_scan_sees_the_references_it_checks()
    {
        // The rule can fail: Building reads what Reading found, and the generator wires every stage.
        var references = References().ToList();
        Assert.Contains(references, r => r.Namespace == "Building" && r.Used.Contains("Reading"));
        Assert.Contains(references, r => r.Namespace == "Pipeline" && r.Used.Contains("Naming"));
        Assert.False(IsAllowed("Reading", "Building"));
        Assert.False(IsAllowed("Model", "Reading"));
        Assert.False(IsAllowed("Emit", "Pipeline"));
        Assert.True(IsAllowed("Emit", "Model"));
    }

    private static bool IsAllowed(string own, string target)
    {
        if (own == target || Array.IndexOf(Foundation, target) >= 0)
        {
            return true;
        }

        if (own is "" or "Pipeline")
        {
            return true;
        }

        var ownStage = Array.IndexOf(Stages, own);
        var targetStage = Array.IndexOf(Stages, target);
        return ownStage >= 0 && targetStage >= 0 && targetStage < ownStage;
    }

    private static IEnumerable<(string File, string Namespace, HashSet<string> Used)> References()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "src", "Generator");
        foreach (var path in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(path);
            var declared = Regex.Match(text, @"^namespace PaperCatalog\.Generator(?:\.(\w+))?;", RegexOptions.Multiline);
            if (!declared.Success)
            {
                // A polyfill of the framework's own namespace (IsExternalInit) is no part of the pipeline.
                Assert.DoesNotContain("PaperCatalog", text);
                continue;
            }
            var own = declared.Groups[1].Value;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match match in UsingDirective.Matches(text))
            {
                used.Add(match.Groups[1].Value);
            }

            var code = Regex.Replace(text, @"^using .*$", string.Empty, RegexOptions.Multiline);
            foreach (Match match in QualifiedName.Matches(code))
            {
                used.Add(match.Groups[1].Value);
            }

            foreach (Match match in ShortQualifiedName.Matches(code))
            {
                used.Add(match.Groups[1].Value);
            }

            used.Remove(own);
            yield return (relative, own, used);
        }
    }
}
