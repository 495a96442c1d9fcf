using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Tests.Infrastructure;

namespace PaperCatalog.Tests.Design;

/// <summary>
/// Every descriptor has one typed factory in <see cref="DiagnosticMessages"/>, of its name, whose parameters name the
/// message's arguments in order, and diagnostics are made only through it: no site fills a message by position.
/// </summary>
public sealed class DiagnosticFactoryTests
{
    public static TheoryData<string> DescriptorNames()
    {
        var data = new TheoryData<string>();
        foreach (var field in DescriptorFields())
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescriptorNames))]
    public void A_descriptor_has_a_factory_of_its_name_that_fills_every_argument_of_its_message(string name)
    {
        var descriptor = (DiagnosticDescriptor)typeof(DiagnosticDescriptors).GetField(name)!.GetValue(null)!;
        var factory = typeof(DiagnosticMessages).GetMethod(name, BindingFlags.Public | BindingFlags.Static);
        Assert.True(factory is not null, $"DiagnosticMessages.{name} is missing");

        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var placeholders = Regex.Matches(format, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Count();
        var parameters = factory.GetParameters();
        Assert.Equal(placeholders, parameters.Length);

        // Distinct values in, in the message's order out: no argument is dropped, repeated or swapped.
        var values = parameters.Select((p, i) => p.ParameterType == typeof(int) ? (object)(7100 + i) : $"«{p.Name}»").ToArray();
        var message = (DiagnosticMessage)factory.Invoke(null, values)!;
        Assert.Same(descriptor, message.Descriptor);
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, format, values),
            message.At(null).ToDiagnostic().GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Only_the_factories_name_a_descriptor_to_report_it()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "src", "Generator");
        var allowed = new[] { "DiagnosticDescriptors.cs", "DiagnosticMessages.cs" };
        var names = DescriptorFields().Select(f => "DiagnosticDescriptors." + f.Name).ToList();
        var offenders = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(path => !allowed.Contains(Path.GetFileName(path)))
            .SelectMany(path => names.Where(name => Regex.IsMatch(File.ReadAllText(path), Regex.Escape(name) + @"\b")).Select(name => $"{Path.GetFileName(path)}: {name}"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<FieldInfo> DescriptorFields() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DiagnosticDescriptor));
}
