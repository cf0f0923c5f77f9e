using Markdig.Syntax;

namespace Reader.Markdown.Normalisation;

/// <summary>
/// The page's title is its one h1. When an article's own Markdown uses "# Heading", every heading of that
/// article moves one level down (h1 → h2, …, h6 stays h6), keeping the author's outline under the title.
/// </summary>
internal static class HeadingDemoter
{
    public static void Demote(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (!headings.Any(h => h.Level == 1)) return;
        foreach (var heading in headings) heading.Level = Math.Min(6, heading.Level + 1);
    }
}
