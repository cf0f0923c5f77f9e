namespace Reader.Markdown.Rendering;

/// <summary>
/// The content of one claim's note, ready to print: the figure as normalised and what each other
/// article says. All strings are plain text; the renderer escapes them.
/// </summary>
/// <param name="Normalised">"2,500,000 USD".</param>
/// <param name="KindLabel">"money", "date", …</param>
/// <param name="Entries">The nearest comparisons, closest first.</param>
/// <param name="AgreeCount">All agreeing reports, shown or not.</param>
/// <param name="NotShown">Comparisons counted but not listed.</param>
/// <param name="MoreHref">Where the full comparison is (the comparison page), or null.</param>
public sealed record ClaimNote(
    string Normalised,
    string KindLabel,
    IReadOnlyList<ClaimNoteEntry> Entries,
    int AgreeCount,
    int DifferCount,
    int MentionCount,
    int NotShown,
    string? MoreHref);

/// <param name="Relation">"agrees", "differs" or "mentions".</param>
/// <param name="ArticleTitle">The other article's title.</param>
/// <param name="Href">Link to the exact sentence in the other article.</param>
/// <param name="Figure">The other article's words for the figure; null for a mention.</param>
/// <param name="Excerpt">The other article's sentence, trimmed.</param>
/// <param name="When">"an earlier report, on 4 Mar 2024" / "a later report, on …" / null.</param>
public sealed record ClaimNoteEntry(string Relation, string ArticleTitle, string Href, string? Figure, string Excerpt, string? When);
