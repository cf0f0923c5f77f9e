using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reader.Analysis;
using Reader.Parsing;

namespace Reader.Preview;

/// <summary>
/// A digest of everything an article page is made from: the article's own text and overrides, its
/// slug, its neighbours' titles and slugs, the numbers and titles of the sources it cites, and what the
/// comparison says about each of its claims (including the titles and slugs of the articles it points
/// to). Equal digests mean equal pages, so a preview rebuild re-renders only pages whose digest moved —
/// an edit to one article reaches another article's page only through these inputs.
/// </summary>
public static class ArticlePageFingerprint
{
    public static string Of(Edition edition, int index, string frame)
    {
        var articles = edition.Articles;
        var article = articles[index];
        var text = new StringBuilder(1024);
        Field(text, frame);
        Field(text, article.ContentHash);
        Field(text, article.Slug);
        Neighbour(text, index > 0 ? articles[index - 1] : null);
        Neighbour(text, index + 1 < articles.Count ? articles[index + 1] : null);

        foreach (var citation in article.Annotations.Citations)
        {
            var source = edition.Sources.Find(citation.SourceId);
            Field(text, citation.SourceId);
            Field(text, source is null ? "-" : source.Number.ToString(CultureInfo.InvariantCulture));
            Field(text, source?.DisplayTitle ?? "-");
        }

        foreach (var claim in article.Annotations.Claims)
        {
            var comparison = edition.Comparison.For(claim.ClaimId);
            Field(text, claim.ClaimId);
            Field(text, string.Create(CultureInfo.InvariantCulture, $"{comparison.AgreeCount}/{comparison.DifferCount}/{comparison.MentionCount}/{comparison.Nearest.Count}"));
            foreach (var entry in comparison.Nearest)
            {
                // Records: their text form lists every field the note can print.
                Field(text, entry.ToString());
                Neighbour(text, edition.Find(entry.ArticleId));
            }
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>What every page shares: the theme generation, the base URL and the edition's title, description and language.</summary>
    public static string Frame(Edition edition, string baseUrl, int themeGeneration) =>
        string.Join('\u0001', themeGeneration.ToString(CultureInfo.InvariantCulture), baseUrl, edition.Title, edition.Description ?? "", edition.Language);

    private static void Neighbour(StringBuilder text, Article? other)
    {
        Field(text, other?.Meta.Title ?? "-");
        Field(text, other?.Slug ?? "-");
    }

    private static void Field(StringBuilder text, string value) => text.Append(value).Append('\u0001');
}
