using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// What the consumer's compiler accepts, read from its parse options: generated code uses only that, and
/// its API is the same in every language version. A library for <c>netstandard2.0</c> or <c>net472</c>
/// compiles with C# 7.3, which has no nullable annotations.
/// </summary>
/// <param name="NullableAnnotations">C# 8 or later: <c>#nullable enable</c> and <c>!</c> may be written.</param>
/// <param name="FileScopedNamespace">C# 10 or later: <c>namespace N;</c>, which spares every line a level of indentation.</param>
internal sealed record EmitOptions(bool NullableAnnotations, bool FileScopedNamespace)
{
    public static readonly EmitOptions Latest = new(NullableAnnotations: true, FileScopedNamespace: true);

    public static EmitOptions From(ParseOptions options)
    {
        var version = options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new(version >= LanguageVersion.CSharp8, version >= LanguageVersion.CSharp10);
    }
}
