using AngleSharp.Dom;

namespace Reader.Checking;

/// <summary>Every page needs a language (screen readers pick a voice from it), a title, and one &lt;h1&gt;.</summary>
internal static class DocumentBasicsRule
{
    public static IEnumerable<CheckFinding> Check(IDocument document, string page)
    {
        var html = document.DocumentElement;
        var lang = html.GetAttribute("lang");
        if (lang is null)
            yield return new CheckFinding(page, "<html>", CheckRules.MissingLang, "<html> has no lang attribute");
        else if (string.IsNullOrWhiteSpace(lang))
            yield return new CheckFinding(page, ElementDescription.Describe(html, "lang"), CheckRules.MissingLang, "lang attribute is empty");

        // The first <title> in the HTML namespace is the one browsers use; <title> inside SVG does not count.
        var title = document.All.FirstOrDefault(e => e.LocalName == "title" && e.NamespaceUri == NamespaceNames.HtmlUri);
        if (title is null)
            yield return new CheckFinding(page, "<head>", CheckRules.MissingTitle, "page has no <title>");
        else if (string.IsNullOrWhiteSpace(title.TextContent))
            yield return new CheckFinding(page, "<title>", CheckRules.MissingTitle, "<title> is empty");

        var headings = document.GetElementsByTagName("h1");
        if (headings.Length == 0)
            yield return new CheckFinding(page, "<body>", CheckRules.H1Count, "page has no <h1>; expected exactly one");
        else if (headings.Length > 1)
            yield return new CheckFinding(page, ElementDescription.Describe(headings[1], "id"), CheckRules.H1Count,
                $"page has {headings.Length} <h1> elements; expected exactly one");
    }
}
