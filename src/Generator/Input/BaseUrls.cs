using System;

namespace PaperCatalog.Generator.Input;

/// <summary>What a BaseUrl must be, for the build's item metadata and the tool's <c>--base-url</c> alike.</summary>
internal static class BaseUrls
{
    public static bool IsValid(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
