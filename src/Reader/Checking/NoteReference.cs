namespace Reader.Checking;

/// <summary>A doc-noteref or doc-biblioref link, kept apart because it has round-trip obligations.</summary>
/// <param name="Element">Rendered start tag for findings.</param>
/// <param name="Kind">Note or bibliography citation.</param>
/// <param name="Id">The reference's own id, which the backlink must target; null when missing.</param>
/// <param name="Target">Resolved href.</param>
internal sealed record NoteReference(string Element, NoteReferenceKind Kind, string? Id, ResolvedUrl Target);
