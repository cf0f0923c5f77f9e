namespace Reader.Checking;

/// <summary>
/// Everything the cross-page checks need from one HTML page, extracted right after parsing so
/// the DOM can be dropped: memory stays proportional to links and ids, not to markup.
/// </summary>
internal sealed class PageFacts
{
    public required string Path { get; init; }
    /// <summary>Fragment targets: ids, and names of &lt;a&gt; elements.</summary>
    public required IReadOnlySet<string> Anchors { get; init; }
    public required IReadOnlyList<PageLink> Links { get; init; }
    public required IReadOnlyList<NoteReference> References { get; init; }
    public required NoteIndex Notes { get; init; }
    /// <summary>Findings that need only this page (ids, roles, lang/title/h1).</summary>
    public required IReadOnlyList<CheckFinding> LocalFindings { get; init; }

    /// <summary>
    /// The anchor a fragment selects, or null. Like the HTML spec: the fragment as written
    /// first, then percent-decoded.
    /// </summary>
    public string? FindAnchor(string fragment)
    {
        if (Anchors.Contains(fragment)) return fragment;
        var decoded = Uri.UnescapeDataString(fragment);
        return Anchors.Contains(decoded) ? decoded : null;
    }
}
