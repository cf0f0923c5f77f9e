namespace Reader.Checking;

/// <summary>
/// Per page, for each anchor (id, or name on &lt;a&gt;): the note or bibliography entry it
/// identifies and the backlinks that entry holds. Kept instead of the DOM so that the whole
/// site need not stay parsed in memory while cross-page references are checked.
/// </summary>
internal sealed class NoteIndex
{
    public static readonly NoteIndex Empty = new(
        new Dictionary<string, IReadOnlyList<ResolvedUrl>>(),
        new Dictionary<string, IReadOnlyList<ResolvedUrl>>());

    private readonly IReadOnlyDictionary<string, IReadOnlyList<ResolvedUrl>> _noteBacklinks;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ResolvedUrl>> _entryBacklinks;

    public NoteIndex(
        IReadOnlyDictionary<string, IReadOnlyList<ResolvedUrl>> noteBacklinks,
        IReadOnlyDictionary<string, IReadOnlyList<ResolvedUrl>> entryBacklinks)
    {
        _noteBacklinks = noteBacklinks;
        _entryBacklinks = entryBacklinks;
    }

    /// <summary>True when <paramref name="anchor"/> is, is inside, or wraps exactly one note.</summary>
    public bool TryGetNote(string anchor, out IReadOnlyList<ResolvedUrl> backlinks)
    {
        if (_noteBacklinks.TryGetValue(anchor, out var found)) { backlinks = found; return true; }
        backlinks = [];
        return false;
    }

    /// <summary>Backlinks held by the bibliography entry at <paramref name="anchor"/> (or the element itself).</summary>
    public IReadOnlyList<ResolvedUrl> EntryBacklinks(string anchor) =>
        _entryBacklinks.TryGetValue(anchor, out var found) ? found : [];
}
