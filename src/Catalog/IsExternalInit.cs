namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets this netstandard2.0 library declare <c>init</c> accessors (C# 9); .NET 5 and later have the type
/// themselves. Internal, so it never clashes with a consumer's own.
/// </summary>
internal static class IsExternalInit
{
}
