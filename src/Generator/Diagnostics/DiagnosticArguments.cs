namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// The message arguments of descriptors reported from several places with different subjects, named once here so
/// that every site fills them in the same order (<see cref="DiagnosticDescriptors"/> has their message formats).
/// </summary>
internal static class DiagnosticArguments
{
    /// <summary>PCAT204: a generated name that another member of the same class already has.</summary>
    /// <param name="named">What is named: an entry's name, a section's title or a column's header, as written.</param>
    /// <param name="section">The section it is in.</param>
    /// <param name="identifier">The identifier both would take.</param>
    /// <param name="collidesWith">What has the identifier already: "the entry 'Orca'", "a member every entry has".</param>
    /// <param name="outcome">What the generated code does instead: "its class is Orca2".</param>
    public static string[] MemberCollision(string named, string section, string identifier, string collidesWith, string outcome) =>
        new[] { named, section, identifier, collidesWith, outcome };
}
