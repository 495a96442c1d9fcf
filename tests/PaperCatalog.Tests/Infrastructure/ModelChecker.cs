using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PaperCatalog.Tests.Infrastructure;

/// <summary>
/// Walks the types a pipeline step outputs and fails on anything that would make caching wrong or
/// keep a compilation alive: Compilation, symbols, syntax, Location, AdditionalText, and collections
/// that compare by reference (arrays, lists, dictionaries). Allowed: primitives, strings, enums,
/// records and value types of the generator, EquatableArray, the ImmutableArray that Collect makes, and
/// Roslyn's DiagnosticDescriptor (immutable, with value equality: a diagnostic carries its descriptor).
/// </summary>
internal static class ModelChecker
{
    private static readonly Type[] Forbidden =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(AdditionalText),
        typeof(SemanticModel),
    };

    public static void AssertValueModel(Type type, string step) => Check(type, step, new HashSet<Type>(), topLevel: true);

    private static void Check(Type type, string path, HashSet<Type> seen, bool topLevel)
    {
        if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DiagnosticDescriptor))
        {
            return;
        }

        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path}: {type} must not be in a pipeline model");

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Check(underlying, path, seen, topLevel);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "PaperCatalog.Generator.Model.EquatableArray`1")
        {
            Check(type.GetGenericArguments()[0], path + "[]", seen, topLevel: false);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            // Collect() hands its step an ImmutableArray, which the driver compares item by item.
            Assert.True(topLevel, $"{path}: ImmutableArray compares by reference inside a model; use EquatableArray");
            Check(type.GetGenericArguments()[0], path + "[]", seen, topLevel: false);
            return;
        }

        if (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Check(argument, path, seen, topLevel);
            }

            return;
        }

        Assert.False(type.IsArray || typeof(System.Collections.IEnumerable).IsAssignableFrom(type), $"{path}: {type} is a collection without value equality");
        Assert.True(type.Namespace?.StartsWith("PaperCatalog.Generator", StringComparison.Ordinal) == true, $"{path}: {type} is not a model type of the generator");
        Assert.True(
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == type),
            $"{path}: {type} has no value equality");

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.Name == "<EqualityContract>k__BackingField")
            {
                continue;
            }

            Check(field.FieldType, path + "." + field.Name.Replace("<", string.Empty).Replace(">k__BackingField", string.Empty), seen, topLevel: false);
        }
    }
}
