using Reader.Claims.Comparison;
using Reader.Markdown.Claims;

namespace Reader.Verdicts;

/// <summary>
/// The ids verdicts use: a claim's or a sentence's edition-wide id, "{article id}#{anchor}" — the article and the
/// fragment of its page (<see cref="ContentAnchors"/>). Anchors hold no "#", so the last one splits the two.
/// </summary>
public static class EditionRef
{
    public static bool IsClaim(string id) => Split(id) is { } s && s.Anchor.StartsWith(ContentAnchors.ClaimPrefix, StringComparison.Ordinal);

    public static bool IsSentence(string id) => Split(id) is { } s && s.Anchor.StartsWith(ContentAnchors.SentencePrefix, StringComparison.Ordinal);

    /// <summary>The article id of a well-formed id ("" otherwise).</summary>
    public static string Article(string id) => Split(id)?.Article ?? "";

    /// <summary>The page anchor of a well-formed id ("" otherwise).</summary>
    public static string Anchor(string id) => Split(id)?.Anchor ?? "";

    /// <summary>What a note entry compares its claim with: the other claim's id, or for a mention the sentence's.</summary>
    public static string TargetOf(ComparisonEntry entry) => entry.ClaimId ?? ContentAnchors.EditionId(entry.ArticleId, entry.SentenceId);

    private static (string Article, string Anchor)? Split(string id)
    {
        int hash = id.LastIndexOf('#');
        return hash > 0 && hash < id.Length - 1 ? (id[..hash], id[(hash + 1)..]) : null;
    }
}
