namespace Reader.Markdown.Rendering;

/// <summary>
/// What the rest of the edition says about one claim, ready to print (the figure itself the renderer has
/// from the claim). All strings are plain text; the renderer escapes them.
/// </summary>
/// <param name="Entries">The nearest comparisons, closest first.</param>
/// <param name="AgreeCount">All agreeing reports, shown or not.</param>
/// <param name="NotShown">Comparisons counted but not listed.</param>
/// <param name="MoreHref">Where the full comparison is (the comparison page), or null.</param>
/// <param name="TimelineHref">Where the figure is drawn over time across the edition's articles, or null.</param>
public sealed record ClaimNote(
    IReadOnlyList<ClaimNoteEntry> Entries,
    int AgreeCount,
    int DifferCount,
    int MentionCount,
    int NotShown,
    string? MoreHref,
    string? TimelineHref = null);
