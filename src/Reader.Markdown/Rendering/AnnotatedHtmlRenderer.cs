using Markdig.Renderers;

namespace Reader.Markdown.Rendering;

/// <summary>
/// An HTML renderer that carries what the annotation renderers ask of the edition, as Markdig's own
/// <see cref="HtmlRenderer"/> carries its base URL and link rewriter: render state belongs to the renderer of
/// one page, never to the parsed document, which the preview keeps from one rebuild to the next.
/// </summary>
public sealed class AnnotatedHtmlRenderer(TextWriter writer, IAnnotationResolver resolver) : HtmlRenderer(writer)
{
    public IAnnotationResolver Resolver { get; } = resolver;

    /// <summary>The resolver <paramref name="renderer"/> carries; null for a plain <see cref="HtmlRenderer"/> (Markdig used without an edition).</summary>
    public static IAnnotationResolver? ResolverOf(HtmlRenderer renderer) => (renderer as AnnotatedHtmlRenderer)?.Resolver;
}
