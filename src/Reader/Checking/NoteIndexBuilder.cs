using AngleSharp.Dom;

namespace Reader.Checking;

/// <summary>Builds a <see cref="NoteIndex"/> from a parsed page.</summary>
internal static class NoteIndexBuilder
{
    public static NoteIndex Build(IDocument document, Func<string, ResolvedUrl> resolve)
    {
        var notes = new Dictionary<IElement, List<ResolvedUrl>>();
        var entries = new Dictionary<IElement, List<ResolvedUrl>>();
        var backlinks = new List<IElement>();
        foreach (var element in document.All)
        {
            if (DpubRoles.IsNote(element)) notes[element] = [];
            if (DpubRoles.IsBiblioEntry(element)) entries[element] = [];
            if (element.LocalName == "a" && element.HasAttribute("href") && DpubRoles.Has(element, DpubRoles.Backlink))
                backlinks.Add(element);
        }
        if (notes.Count == 0 && entries.Count == 0 && backlinks.Count == 0) return NoteIndex.Empty;

        // A citation may target any element, not only a formal entry; then the backlinks
        // it "holds" are those inside it.
        var insideAnchored = new Dictionary<IElement, List<ResolvedUrl>>();
        foreach (var backlink in backlinks)
        {
            var url = resolve(backlink.GetAttribute("href")!);
            for (var scope = backlink; scope is not null; scope = scope.ParentElement)
            {
                if (notes.TryGetValue(scope, out var noteLinks)) noteLinks.Add(url);
                if (entries.TryGetValue(scope, out var entryLinks)) entryLinks.Add(url);
                if (!string.IsNullOrEmpty(scope.Id))
                {
                    if (!insideAnchored.TryGetValue(scope, out var list)) insideAnchored[scope] = list = [];
                    list.Add(url);
                }
            }
        }

        var noteWrappers = SingleScopeWrappers(notes.Keys);
        var entryWrappers = SingleScopeWrappers(entries.Keys);
        var noteByAnchor = new Dictionary<string, IReadOnlyList<ResolvedUrl>>(StringComparer.Ordinal);
        var entryByAnchor = new Dictionary<string, IReadOnlyList<ResolvedUrl>>(StringComparer.Ordinal);
        foreach (var (anchor, element) in Anchors(document))
        {
            var note = EnclosingScope(element, notes) ?? WrappedScope(element, noteWrappers);
            if (note is not null) noteByAnchor.TryAdd(anchor, notes[note]);

            var entry = EnclosingScope(element, entries) ?? WrappedScope(element, entryWrappers);
            if (entry is not null) entryByAnchor.TryAdd(anchor, entries[entry]);
            else if (insideAnchored.TryGetValue(element, out var inside)) entryByAnchor.TryAdd(anchor, inside);
        }
        return new NoteIndex(noteByAnchor, entryByAnchor);
    }

    /// <summary>Every fragment target in document order; the first of duplicates wins, as in browsers.</summary>
    public static IEnumerable<(string Anchor, IElement Element)> Anchors(IDocument document)
    {
        foreach (var element in document.All)
        {
            if (!string.IsNullOrEmpty(element.Id)) yield return (element.Id, element);
            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
                yield return (name, element);
        }
    }

    private static IElement? EnclosingScope(IElement element, Dictionary<IElement, List<ResolvedUrl>> scopes)
    {
        for (var current = element; current is not null; current = current.ParentElement)
            if (scopes.ContainsKey(current)) return current;
        return null;
    }

    private static IElement? WrappedScope(IElement element, Dictionary<IElement, IElement?> wrappers) =>
        wrappers.TryGetValue(element, out var scope) ? scope : null;

    // Maps each ancestor of a scope to that scope, or to null when it wraps several scopes:
    // an id on a wrapper like <section id="notes"> does not identify any single note.
    private static Dictionary<IElement, IElement?> SingleScopeWrappers(IEnumerable<IElement> scopes)
    {
        var wrappers = new Dictionary<IElement, IElement?>();
        foreach (var scope in scopes)
            for (var parent = scope.ParentElement; parent is not null; parent = parent.ParentElement)
                wrappers[parent] = wrappers.TryGetValue(parent, out var other) && other != scope ? null : scope;
        return wrappers;
    }
}
