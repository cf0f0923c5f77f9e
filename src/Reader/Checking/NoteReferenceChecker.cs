namespace Reader.Checking;

/// <summary>
/// Round-trip checks for notes and citations: the reference reaches a note (or entry), and that
/// note offers a doc-backlink to this very reference so a reader can return to where they were.
/// Missing files and anchors are left to <see cref="LinkChecker"/> so each problem is reported once.
/// </summary>
internal static class NoteReferenceChecker
{
    public static IEnumerable<CheckFinding> Check(PageFacts page, SiteIndex site)
    {
        foreach (var reference in page.References)
            if (Check(page.Path, reference, site) is { } finding)
                yield return finding;
    }

    private static CheckFinding? Check(string page, NoteReference reference, SiteIndex site)
    {
        var isNote = reference.Kind == NoteReferenceKind.Note;
        var role = isNote ? DpubRoles.NoteRef : DpubRoles.BiblioRef;
        var target = reference.Target;

        if (target.Kind == ResolvedUrlKind.Internal && string.IsNullOrEmpty(target.Fragment))
            return new CheckFinding(page, reference.Element, isNote ? CheckRules.NoteRefTargetNotNote : CheckRules.BiblioRefTargetNotEntry,
                $"{role} must point at its {(isNote ? "note" : "entry")} with a #fragment");

        if (reference.Id is null)
            return new CheckFinding(page, reference.Element, isNote ? CheckRules.NoteRefWithoutId : CheckRules.BiblioRefWithoutId,
                $"{role} has no id, so no backlink can return to it");

        if (target.Kind != ResolvedUrlKind.Internal) return null;
        var file = site.Files.Locate(target.Path);
        if (file is null || site.Page(file) is not { } targetPage) return null;
        var anchor = targetPage.FindAnchor(target.Fragment!);
        if (anchor is null) return null;

        var where = file == page ? "" : $" in {file}";
        if (isNote)
        {
            if (!targetPage.Notes.TryGetNote(anchor, out var noteBacklinks))
                return new CheckFinding(page, reference.Element, CheckRules.NoteRefTargetNotNote,
                    $"#{anchor}{where} is not a note (role=\"doc-footnote\" or a list item of role=\"doc-endnotes\")");
            if (!noteBacklinks.Any(b => PointsAt(b, page, reference.Id, site)))
                return new CheckFinding(page, reference.Element, CheckRules.MissingNoteBacklink,
                    $"note #{anchor}{where} has no doc-backlink to #{reference.Id}");
            return null;
        }

        if (!targetPage.Notes.EntryBacklinks(anchor).Any(b => PointsAt(b, page, reference.Id, site)))
            return new CheckFinding(page, reference.Element, CheckRules.MissingBiblioBacklink,
                $"bibliography entry #{anchor}{where} has no doc-backlink to #{reference.Id}");
        return null;
    }

    private static bool PointsAt(ResolvedUrl backlink, string page, string id, SiteIndex site) =>
        backlink.Kind == ResolvedUrlKind.Internal
        && backlink.Fragment is { } fragment
        && (fragment == id || Uri.UnescapeDataString(fragment) == id)
        && site.Files.Locate(backlink.Path) == page;
}
