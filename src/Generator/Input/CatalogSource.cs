using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Generator.Diagnostics;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Input;

/// <summary>
/// A catalog file as the first pipeline step reads it: path, text and options, all plain values, so
/// the parse step reruns only when one of them changes.
/// </summary>
/// <param name="Content">The Markdown text, or null when the file cannot be read.</param>
/// <param name="OptionDiagnostics">Problems with the item metadata, reported with the file's other diagnostics.</param>
internal sealed record CatalogSource(
    string Path,
    string? Content,
    CatalogOptions Options,
    EquatableArray<DiagnosticInfo> OptionDiagnostics)
{
    public const string DefaultClassName = "Papers";

    /// <summary>Reads the file if it is a catalog (an item marked <c>PaperCatalog="true"</c>); otherwise null.</summary>
    public static CatalogSource? TryCreate(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        if (!options.TryGetValue(CatalogMetadata.IsCatalog, out var isCatalog) || !string.Equals(isCatalog.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = file.Path;
        var diagnostics = new List<DiagnosticInfo>();
        var relativePath = RelativePath(path, Get(provider.GlobalOptions, CatalogMetadata.ProjectDirectory));

        var className = Get(options, CatalogMetadata.ClassName);
        if (className.Length == 0)
        {
            className = DefaultClassName;
        }
        else if (!CSharpNames.IsValid(className) || System.Array.IndexOf(MemberNames.RootMembers, className) >= 0)
        {
            diagnostics.Add(InvalidOption(path, "ClassName", className, relativePath, "C# identifier", $"'{DefaultClassName}'"));
            className = DefaultClassName;
        }

        var rootNamespace = Get(provider.GlobalOptions, CatalogMetadata.RootNamespace);
        var ns = Get(options, CatalogMetadata.Namespace);
        if (ns.Length == 0)
        {
            ns = CSharpNames.IsValidNamespace(rootNamespace) ? rootNamespace : string.Empty;
        }
        else if (!CSharpNames.IsValidNamespace(ns))
        {
            var fallback = CSharpNames.IsValidNamespace(rootNamespace) ? rootNamespace : string.Empty;
            diagnostics.Add(InvalidOption(path, "Namespace", ns, relativePath, "C# namespace", fallback.Length == 0 ? "the global namespace" : $"'{fallback}'"));
            ns = fallback;
        }

        var accessibility = Get(options, CatalogMetadata.Accessibility);
        var isPublic = false;
        if (string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase))
        {
            isPublic = true;
        }
        else if (accessibility.Length > 0 && !string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(InvalidOption(path, "Accessibility", accessibility, relativePath, "accessibility (public or internal)", "'internal'"));
        }

        var baseUrl = Get(options, CatalogMetadata.BaseUrl);
        if (baseUrl.Length > 0 && !BaseUrls.IsValid(baseUrl))
        {
            diagnostics.Add(InvalidOption(path, "BaseUrl", baseUrl, relativePath, "absolute http(s) URL", "no BaseUrl (links stay relative)"));
            baseUrl = string.Empty;
        }

        var repositoryPath = Get(options, CatalogMetadata.RepositoryPath).Replace('\\', '/');
        var content = file.GetText(cancellationToken)?.ToString();
        var catalogOptions = new CatalogOptions(className, ns, isPublic, relativePath, baseUrl, repositoryPath, Get(options, CatalogMetadata.NameColumn));
        return new CatalogSource(path, content, catalogOptions, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The path relative to the project directory, with forward slashes (<c>../</c> for files outside
    /// it), so generated code is the same on every machine and distinct files keep distinct paths.
    /// </summary>
    public static string RelativePath(string path, string projectDirectory)
    {
        var target = path.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var directory = projectDirectory.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (directory.Length == 0)
        {
            return string.Join("/", target);
        }

        var common = 0;
        while (common < directory.Length && common < target.Length - 1
            && string.Equals(directory[common], target[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        var parts = new List<string>();
        for (var i = common; i < directory.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < target.Length; i++)
        {
            parts.Add(target[i]);
        }

        return string.Join("/", parts);
    }

    private static DiagnosticInfo InvalidOption(string path, string metadata, string value, string relativePath, string expected, string fallback) =>
        DiagnosticMessages.InvalidOption(metadata + " metadata", value, file: relativePath, expected, fallback).At(LocationInfo.FileStart(path));

    private static string Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) ? value.Trim() : string.Empty;
}
