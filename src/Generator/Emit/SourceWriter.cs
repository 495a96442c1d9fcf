using System;
using System.Text;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emit;

/// <summary>
/// A small indenting writer for generated C#: a tab per level (a quarter of the bytes of four spaces, in
/// sources a large catalog makes megabytes of, kept in the IDE's memory), LF line ends.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

    public SourceWriter WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append('\t', _indent);
            _builder.Append(line);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter WriteLine()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes a multi-line template (a raw string literal) line by line at the current indentation.</summary>
    public SourceWriter WriteLines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            WriteLine(line.TrimEnd('\r'));
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace; dispose the result to close it.</summary>
    public Block OpenBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        _indent++;
        return new Block(this);
    }

    /// <summary>One level deeper, for continuation lines (a declaration's declarators).</summary>
    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public override string ToString() => _builder.ToString();

    /// <summary>
    /// A whole generated file: the header, then <paramref name="body"/> inside the namespace (none for the
    /// global one): a file-scoped namespace where the language has it, a block otherwise.
    /// </summary>
    public static string File(string header, string ns, EmitOptions options, Action<SourceWriter> body, int capacity = 4096)
    {
        var writer = new SourceWriter(capacity);
        writer.WriteLines(header);
        writer.WriteLine();
        if (ns.Length == 0)
        {
            body(writer);
        }
        else if (options.FileScopedNamespace)
        {
            writer.WriteLine("namespace " + ns + ";");
            writer.WriteLine();
            body(writer);
        }
        else
        {
            using (writer.OpenBlock("namespace " + ns))
            {
                body(writer);
            }
        }

        return writer.ToString();
    }

    private void CloseBlock()
    {
        _indent--;
        WriteLine("}");
    }

    public readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;

        public Block(SourceWriter writer) => _writer = writer;

        public void Dispose() => _writer.CloseBlock();
    }
}
