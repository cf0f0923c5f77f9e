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
