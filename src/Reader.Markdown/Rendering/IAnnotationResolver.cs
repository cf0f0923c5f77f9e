namespace Reader.Markdown.Rendering;

/// <summary>
/// What the renderers need from the edition: where a source's register entry is, and what the other
/// articles say about a claim. Set on the document before rendering
/// (<see cref="AnnotationRendering.SetResolver"/>); the renderers themselves hold no per-document state,
/// because Markdig pools and shares them.
/// </summary>
public interface IAnnotationResolver
{
    SourceReference ResolveSource(string sourceId);

    ClaimNote ResolveClaim(string claimId);
}
