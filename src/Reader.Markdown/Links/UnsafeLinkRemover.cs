using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reader.Markdown.Normalisation;

namespace Reader.Markdown.Links;

/// <summary>
/// Takes every link, image and autolink whose URL the caller does not allow out of a parsed document, keeping
/// what a reader would have read: a link's words, an image's description, an autolink's address as text. Links
/// defined by reference are covered too, since Markdig copies the definition's URL into each link that uses it.
/// Which URLs are allowed is the caller's rule; this class only applies it and reports each removal with its line.
/// </summary>
public static class UnsafeLinkRemover
{
    public static List<DroppedLink> Remove(MarkdownDocument document, Func<string, bool> allowed)
    {
        var dropped = new List<DroppedLink>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            if (Remove(block.Inline, block.Line, allowed, dropped)) LiteralMerger.Merge(block.Inline);
        }
        return dropped;
    }

    /// <returns>Whether anything was removed under <paramref name="container"/>.</returns>
    private static bool Remove(ContainerInline container, int blockLine, Func<string, bool> allowed, List<DroppedLink> dropped)
    {
        bool removed = false;
        var inline = container.FirstChild;
        while (inline is not null)
        {
            var next = inline.NextSibling;
            switch (inline)
            {
                case LinkInline link when link.Url is { } url && !allowed(url):
                    dropped.Add(new DroppedLink(url, link.IsImage ? "image" : "link", LineOf(link, blockLine)));
                    // The link's words are read next, where they now stand: they may hold an image or an autolink.
                    next = link.FirstChild ?? next;
                    Unwrap(link);
                    removed = true;
                    break;
                case AutolinkInline auto when !allowed(auto.Url):
                    dropped.Add(new DroppedLink(auto.Url, "autolink", LineOf(auto, blockLine)));
                    auto.ReplaceBy(new LiteralInline(auto.Url) { Span = auto.Span, Line = auto.Line, Column = auto.Column });
                    removed = true;
                    break;
                case ContainerInline nested:
                    removed |= Remove(nested, blockLine, allowed, dropped);
                    break;
            }
            inline = next;
        }
        return removed;
    }

    /// <summary>Puts a link's children where the link stood.</summary>
    /// <remarks>Through InsertAfter: Markdig's InsertBefore leaves the inserted inline without its previous sibling.</remarks>
    private static void Unwrap(LinkInline link)
    {
        Inline last = link;
        while (link.FirstChild is { } child)
        {
            child.Remove();
            last.InsertAfter(child);
            last = child;
        }
        link.Remove();
    }

    /// <summary>Markdig sets an inline's line only with precise source locations; the block's line is always known.</summary>
    private static int LineOf(Inline inline, int blockLine) => Math.Max(inline.Line, blockLine);
}
