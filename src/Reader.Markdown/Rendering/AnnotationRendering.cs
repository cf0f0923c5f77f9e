using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Markdown.Rendering;

/// <summary>Attaches the edition's resolver to a document, and finds it again from any node.</summary>
public static class AnnotationRendering
{
    private static readonly object Key = typeof(IAnnotationResolver);

    public static void SetResolver(this MarkdownDocument document, IAnnotationResolver resolver) =>
        document.SetData(Key, resolver);

    /// <summary>The resolver of the document holding <paramref name="node"/>; null when none was set.</summary>
    public static IAnnotationResolver? ResolverFor(MarkdownObject node)
    {
        Block? block = node switch
        {
            Inline inline => RootOf(inline)?.ParentBlock,
            Block b => b,
            _ => null,
        };
        while (block is not null && block is not MarkdownDocument) block = block.Parent;
        return block?.GetData(Key) as IAnnotationResolver;
    }

    private static ContainerInline? RootOf(Inline inline)
    {
        var current = inline as ContainerInline ?? inline.Parent;
        while (current?.Parent is not null) current = current.Parent;
        return current;
    }
}
