using System;
using System.Text;
using Markdig.Helpers;

namespace PaperCatalog.Generator.Reading;

/// <summary>HTML character references (<c>&amp;amp;</c>, <c>&amp;#38;</c>, <c>&amp;#x26;</c>), decoded with Markdig's entity table.</summary>
internal static class Entities
{
    // The longest HTML5 entity name is 31 characters ("CounterClockwiseContourIntegral").
    private const int MaxNameLength = 32;

    /// <summary>
    /// Decodes the character reference that starts with the <c>&amp;</c> at <paramref name="start"/>.
    /// Returns its length in the source, or 0 when the text there is not a character reference.
    /// </summary>
    public static int TryDecode(string text, int start, int end, out string value)
    {
        value = string.Empty;
        var i = start + 1;
        if (i >= end)
        {
            return 0;
        }

        if (text[i] == '#')
        {
            i++;
            var hex = i < end && (text[i] == 'x' || text[i] == 'X');
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            var code = 0L;
            while (i < end && i - digitsStart < (hex ? 6 : 7) && IsDigit(text[i], hex))
            {
                code = (code * (hex ? 16 : 10)) + DigitValue(text[i]);
                i++;
            }

            if (i == digitsStart || i >= end || text[i] != ';')
            {
                return 0;
            }

            value = FromCodePoint(code);
            return i + 1 - start;
        }

        var nameStart = i;
        while (i < end && i - nameStart < MaxNameLength && CharHelper.IsAlphaNumeric(text[i]))
        {
            i++;
        }

        if (i == nameStart || i >= end || text[i] != ';')
        {
            return 0;
        }

        var decoded = EntityHelper.DecodeEntity(text.AsSpan(nameStart, i - nameStart));
        if (decoded is null)
        {
            return 0;
        }

        value = decoded;
        return i + 1 - start;
    }

    /// <summary>Decodes every character reference in the range; the common case without <c>&amp;</c> allocates only the result.</summary>
    public static string Decode(string text, int start, int end)
    {
        var amp = text.IndexOf('&', start, end - start);
        if (amp < 0)
        {
            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        var i = start;
        while (amp >= 0)
        {
            builder.Append(text, i, amp - i);
            var length = TryDecode(text, amp, end, out var value);
            if (length > 0)
            {
                builder.Append(value);
                i = amp + length;
            }
            else
            {
                builder.Append('&');
                i = amp + 1;
            }

            amp = i < end ? text.IndexOf('&', i, end - i) : -1;
        }

        builder.Append(text, i, end - i);
        return builder.ToString();
    }

    public static string Decode(string text) => Decode(text, 0, text.Length);

    private static string FromCodePoint(long code)
    {
        // As CommonMark and HTML do: NUL, surrogates and values beyond Unicode become U+FFFD.
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            return "\uFFFD";
        }

        return char.ConvertFromUtf32((int)code);
    }

    private static bool IsDigit(char c, bool hex) =>
        (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));

    private static int DigitValue(char c) =>
        c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
