namespace PaperCatalog.Tests.Infrastructure;

/// <summary>
/// Checked-in expected sources under <c>Expected/</c>. Run the tests with
/// <c>PAPERCATALOG_ACCEPT=1</c> to write the current output as the new expectation, then review the diff.
/// </summary>
internal static class Baselines
{
    public static bool Accepting => Environment.GetEnvironmentVariable("PAPERCATALOG_ACCEPT") == "1";

    public static string Folder(string name) => Path.Combine(TestPaths.ProjectDirectory, "Expected", name);

    public static IEnumerable<(string HintName, string Text)> Load(string name) =>
        Directory.GetFiles(Folder(name), "*.cs")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)));

    /// <summary>In accept mode, replaces the folder's files with what the generator produces for <paramref name="files"/>.</summary>
    public static void AcceptIfRequested(string name, params CatalogFile[] files)
    {
        if (!Accepting)
        {
            return;
        }

        var folder = Folder(name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var source in Catalogs.Run(files).Result.GeneratedSources)
        {
            File.WriteAllText(Path.Combine(folder, source.HintName), source.SourceText.ToString());
        }
    }
}
