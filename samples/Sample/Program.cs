using System;
using System.Linq;
using Sample;

// Constants straight from the Markdown: a typo in a name is a compile error, not a broken link.
Console.WriteLine($"Orca: {Papers.Inference.Orca.PaperUrl}");
Console.WriteLine($"Alpa code: {Papers.Training.Alpa.CodeUrl}");
Console.WriteLine($"Orca notes: {Papers.Inference.Orca.PersonalNotesUrl}");
Console.WriteLine();

// Every entry, in document order, as runtime objects.
foreach (var paper in Papers.All)
{
    Console.WriteLine($"{paper.Section}/{paper.Name}: {paper.Venue?.Text}");
    foreach (var link in paper.Links)
    {
        Console.WriteLine($"    {link.Label} ({link.Kind}): {link.Url}");
    }
}

Console.WriteLine();
Console.WriteLine($"{Papers.All.Count} papers; {Papers.Models.All.Count} of them in Models.");

// Venues, years and institutions are classes too: the relations are compile-checked.
Console.WriteLine();
Console.WriteLine($"Orca's venue is OSDI 2022: {Papers.Inference.Orca.Paper.Venue == Papers.Venues.OSDI2022.Venue}");
Console.WriteLine($"OSDI 2022: {string.Join(", ", Papers.Venues.OSDI2022.Papers.Select(p => p.Name))}");
Console.WriteLine($"OSDI, every year: {string.Join(", ", Papers.Venues.OSDI.Papers.Select(p => $"{p.Name} ({p.Year})"))}");
Console.WriteLine($"Preprints of 2023: {string.Join(", ", Papers.Venues.ArXiv2023.Papers.Select(p => $"{p.Name} (arXiv {p.ArxivId})"))}");
Console.WriteLine($"From UC Berkeley: {string.Join(", ", Papers.Institutions.UCBerkeley.Papers.Select(p => p.Name))}");
Console.WriteLine($"2022: {string.Join(", ", Papers.Years.Y2022.Papers.Select(p => p.Name))}");
Console.WriteLine($"Code on GitHub: {string.Join(", ", Papers.All.Where(p => p.GitHubRepository is not null).Select(p => p.GitHubRepository))}");

// The same papers kept as a bullet list: items read as entries, with the same API.
Console.WriteLine();
Console.WriteLine($"From the bullet list: {ReadingList.LLMInference.Orca.Title}");
Console.WriteLine($"    {ReadingList.LLMInference.Orca.PaperUrl} ({ReadingList.LLMInference.Orca.VenueText}; {string.Join(", ", ReadingList.LLMInference.Orca.Paper.Institutions)})");
