using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Design;

/// <summary>
/// Descriptors reported from several places with different subjects take their message arguments from one typed
/// factory in <c>DiagnosticArguments</c>, whose parameters name each argument: no site fills them by position.
/// </summary>
public sealed class DiagnosticFactoryTests
{
    [Theory]
    [InlineData("MemberCollision", "MemberCollision")]
    public void A_descriptor_with_a_typed_factory_is_reported_only_through_it(string descriptor, string factory)
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "src", "Generator");
        var users = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains("DiagnosticDescriptors." + descriptor, StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(users);
        Assert.All(users, path => Assert.Contains("DiagnosticArguments." + factory + "(", File.ReadAllText(path), StringComparison.Ordinal));
    }
}
