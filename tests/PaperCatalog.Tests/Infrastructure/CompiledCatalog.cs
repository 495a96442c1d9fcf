using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace PaperCatalog.Tests.Infrastructure;

/// <summary>Compiles catalogs with a probe class, loads the assembly and calls the probe: what a program would see at run time.</summary>
internal static class CompiledCatalog
{
    /// <summary>
    /// Generates, compiles and runs <paramref name="probeBody"/> as the body of
    /// <c>public static object Run()</c> in class <c>Probe</c>; fails on any compile error.
    /// </summary>
    public static object? Run(CatalogFile[] catalogs, string probeBody, string usings = "using Sample;") =>
        Run(catalogs, probeBody, out _, usings);

    /// <summary>As <see cref="Run(CatalogFile[], string, string)"/>, and gives the compiled assembly's bytes.</summary>
    public static object? Run(CatalogFile[] catalogs, string probeBody, out byte[] assembly, string usings = "using Sample;")
    {
        var probe = $$"""
            using System;
            using System.Linq;
            {{usings}}

            /// <summary>Test probe.</summary>
            public static class Probe
            {
                /// <summary>Runs the probe.</summary>
                public static object Run()
                {
                    {{probeBody}}
                }
            }
            """;

        var (_, output) = Catalogs.Run(catalogs, probe);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        assembly = stream.ToArray();
        stream.Position = 0;
        var context = new AssemblyLoadContext("probe", isCollectible: true);
        try
        {
            var loaded = context.LoadFromStream(stream);
            return loaded.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);
        }
        finally
        {
            context.Unload();
        }
    }
}
