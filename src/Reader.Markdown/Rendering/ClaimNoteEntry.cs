namespace Reader.Markdown.Rendering;

/// <param name="Relation">"agrees", "differs" or "mentions".</param>
/// <param name="ArticleTitle">The other article's title.</param>
/// <param name="Href">Link to the exact sentence in the other article.</param>
/// <param name="Figure">The other article's words for the figure; null for a mention.</param>
/// <param name="Excerpt">The other article's sentence, trimmed.</param>
/// <param name="When">"an earlier report, on 4 Mar 2024" / "a later report, on …" / null.</param>
/// <param name="Why">The frame evidence for the comparison ("both: officers shot"), or null.</param>
public sealed record ClaimNoteEntry(string Relation, string ArticleTitle, string Href, string? Figure, string Excerpt, string? When, string? Why = null);
