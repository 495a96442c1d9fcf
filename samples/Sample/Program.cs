using System;
using Sample;

// Constants straight from the Markdown: a typo in a name is a compile error, not a broken link.
Console.WriteLine($"Orca: {Papers.Inference.Orca.PaperUrl}");
Console.WriteLine($"Alpa code: {Papers.Training.Alpa.CodeUrl}");
Console.WriteLine();

// Every entry, in document order, as runtime objects.
foreach (var paper in Papers.All)
{
    Console.WriteLine($"{paper.Section}/{paper.Name}: {paper.Venue?.Text}");
    foreach (var link in paper.Links)
    {
        Console.WriteLine($"    {link.Label}: {link.Url}");
    }
}

Console.WriteLine();
Console.WriteLine($"{Papers.All.Count} papers; {Papers.Models.All.Count} of them in Models.");
