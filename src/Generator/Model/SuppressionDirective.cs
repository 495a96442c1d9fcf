using System;

namespace PaperCatalog.Generator.Model;

/// <summary>What a suppression comment covers.</summary>
internal enum SuppressionKind : byte
{
    /// <summary><c>papercatalog-disable</c>: the lines from here to the next <c>enable</c>.</summary>
    Disable,

    /// <summary><c>papercatalog-enable</c>: ends a <c>disable</c>.</summary>
    Enable,

    /// <summary><c>papercatalog-disable-line</c>: its own lines.</summary>
    DisableLine,

    /// <summary><c>papercatalog-disable-next-line</c>: the line after it.</summary>
    DisableNextLine,

    /// <summary><c>papercatalog-disable-file</c>: the whole file.</summary>
    DisableFile,
}

/// <summary>One suppression comment: its kind, the lines it spans and the IDs it names (none: all).</summary>
internal sealed record SuppressionDirective(SuppressionKind Kind, int StartLine, int EndLine, EquatableArray<string> Ids)
{
    public bool Covers(string id)
    {
        if (Ids.IsEmpty)
        {
            return true;
        }

        foreach (var covered in Ids)
        {
            if (string.Equals(covered, id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A file's suppression comments, which cover every diagnostic located in it, whichever step found it.</summary>
/// <param name="FilePath">The path diagnostics in the file are located at (<see cref="LocationInfo.FilePath"/>).</param>
internal sealed record FileSuppressions(string FilePath, EquatableArray<SuppressionDirective> Directives);
