namespace Reader.Markdown.Rendering;

/// <summary>
/// What the renderers need from the edition: where a source's register entry is, and what the other
/// articles say about a claim. Carried by the page's renderer (<see cref="AnnotatedHtmlRenderer"/>); the
/// object renderers themselves hold no state of a page.
/// </summary>
public interface IAnnotationResolver
{
    SourceReference ResolveSource(string sourceId);

    ClaimNote ResolveClaim(string claimId);

    /// <summary>
    /// The number the claim's note shows, given its place among the article's claims; null when the figure is to be
    /// shown as plain text, with no note (editors ruled it is not a claim). Without an edition, its place.
    /// </summary>
    int? NoteNumber(string claimId, int number) => number;
}
