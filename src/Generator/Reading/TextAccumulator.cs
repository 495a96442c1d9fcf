using System.Text;

namespace PaperCatalog.Generator.Reading;

/// <summary>
/// Builds the plain text of a cell, a link label or a list item: runs of HTML/Markdown whitespace
/// (space, tab, CR, LF, FF) become one space and the ends are trimmed. Other characters, including
/// U+00A0 and U+2028, are kept exactly: they are content, and the emitter escapes them.
/// </summary>
internal sealed class TextAccumulator
{
    private readonly StringBuilder _builder = new();
    private bool _pendingSpace;

    public bool IsEmpty => _builder.Length == 0;

    public void Clear()
    {
        _builder.Clear();
        _pendingSpace = false;
    }

    public void Break() => _pendingSpace = true;

    public void Append(string text) => Append(text, 0, text.Length);

    public void Append(string text, int start, int length)
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsCollapsibleWhitespace(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (_pendingSpace)
            {
                if (_builder.Length > 0)
                {
                    _builder.Append(' ');
                }

                _pendingSpace = false;
            }

            _builder.Append(c);
        }
    }

    public override string ToString() => _builder.ToString();

    public static bool IsCollapsibleWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
