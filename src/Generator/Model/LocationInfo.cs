using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// A place in a Markdown file, kept as plain values so that pipeline models stay equatable and hold
/// no <see cref="Location"/>; the <see cref="Location"/> is made only when a diagnostic is reported.
/// Lines and columns are zero-based, counted in UTF-16 code units, with CR, LF and CRLF as line ends.
/// </summary>
internal sealed record LocationInfo(
    string FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    /// <summary>The start of a file: where a diagnostic about the whole file points.</summary>
    public static LocationInfo FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
