namespace Reader.Markdown.Rendering;

/// <param name="Relation">"agrees", "differs" or "mentions".</param>
/// <param name="ArticleTitle">The other article's title.</param>
/// <param name="Href">Link to the exact sentence in the other article.</param>
/// <param name="Figure">The other article's words for the figure; null for a mention.</param>
/// <param name="Excerpt">The other article's sentence, trimmed.</param>
/// <param name="When">"an earlier report, on 4 Mar 2024" / "a later report, on …" / null.</param>
/// <param name="Why">The frame evidence for the comparison ("both: officers shot"), or null.</param>
/// <param name="Target">What the claim is compared with, by edition-wide id: the other claim's, or for a mention the sentence's.</param>
/// <param name="Checked">True when the editors confirmed or added this comparison.</param>
/// <param name="EditorsNote">The editors' note on it, or null.</param>
public sealed record ClaimNoteEntry(string Relation, string ArticleTitle, string Href, string? Figure, string Excerpt, string? When,
    string? Why = null, string? Target = null, bool Checked = false, string? EditorsNote = null);
