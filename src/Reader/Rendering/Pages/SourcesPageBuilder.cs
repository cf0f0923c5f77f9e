using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>
/// The sources register: every source with its register metadata (or a plain statement that it is not
/// in the register), each citing article and sentence, and one backlink per citation ("^ a b c").
/// </summary>
public sealed class SourcesPageBuilder(PageContext context)
{
    public SiteFile Build()
    {
        var urls = context.Urls;
        var sources = context.Edition.Sources.Sources.Select(s =>
        {
            var citations = s.Citations
                .Select(c => new CitationView(c.Article.Meta.Title, urls.Sentence(c.Article, c.SentenceId), CitedSentence.Quote(c.Sentence)))
                .ToList();
            var backlinks = s.Citations.Select((c, i) => new BacklinkView(
                s.Citations.Count > 1 ? Letter(i) : "^",
                urls.Article(c.Article) + "#" + c.Anchor,
                $"Back to citation {i + 1} of source {s.Number}, in “{c.Article.Meta.Title}”")).ToList();
            return new SourceView(s.Anchor, s.Number, s.Id, s.DisplayTitle, ViewText.Optional(s.Entry?.Publisher), ViewText.Optional(s.Entry?.Url), ViewText.Optional(s.Entry?.Note),
                s.Entry is not null, citations, backlinks);
        }).ToList();
        var view = new SourcesView(sources, sources.Count, context.Edition.Sources.CitationCount);
        return SiteFile.Text("sources/index.html", context.Page("sources", "Sources", "sources", null, view));
    }

    /// <summary>a … z, then aa, ab …, as Wikipedia letters repeated citations.</summary>
    public static string Letter(int index)
    {
        var s = "";
        index++;
        while (index > 0)
        {
            index--;
            s = (char)('a' + index % 26) + s;
            index /= 26;
        }
        return s;
    }
}
