namespace Reader.Checking;

internal enum NoteReferenceKind
{
    /// <summary>a[role=doc-noteref]: must reach a footnote or endnote.</summary>
    Note,
    /// <summary>a[role=doc-biblioref]: must reach a bibliography entry.</summary>
    Bibliography,
}
