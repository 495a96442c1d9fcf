using System.CommandLine.Parsing;

namespace PaperCatalog.Tool.Checking;

/// <summary>One <c>--severity ID=LEVEL</c>, read and checked by the command line's parser, so a bad one is a usage error like any other.</summary>
internal sealed record SeverityChange(string Id, string Level, string Written)
{
    public static SeverityChange[] ParseAll(ArgumentResult result)
    {
        var changes = new List<SeverityChange>(result.Tokens.Count);
        foreach (var token in result.Tokens)
        {
            var written = $"--severity '{token.Value}'";
            var equals = token.Value.IndexOf('=');
            if (equals <= 0)
            {
                result.AddError($"{written} is not ID=LEVEL (e.g. PCAT301=error).");
                continue;
            }

            var change = new SeverityChange(token.Value[..equals].Trim(), token.Value[(equals + 1)..].Trim(), written);
            if (SeverityRules.Problem(change.Id, change.Level, written) is { } problem)
            {
                result.AddError(problem);
                continue;
            }

            changes.Add(change);
        }

        return [.. changes];
    }
}
