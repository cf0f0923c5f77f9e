using AngleSharp.Dom;

namespace Reader.Checking;

/// <summary>Collects every URL-bearing attribute of a page, plus the note/citation references among them.</summary>
internal static class LinkCollector
{
    public static (List<PageLink> Links, List<NoteReference> References) Collect(
        IDocument document, Func<string, ResolvedUrl> resolve)
    {
        var links = new List<PageLink>();
        var references = new List<NoteReference>();
        foreach (var element in document.All)
        {
            foreach (var attribute in LinkAttributes.For(element.LocalName))
            {
                var value = element.GetAttribute(attribute);
                if (value is null) continue;
                var description = ElementDescription.Describe(element, attribute);
                var urls = attribute == "srcset" ? LinkAttributes.SrcsetUrls(value) : [value];
                foreach (var url in urls)
                    links.Add(new PageLink(description, resolve(url)));
            }

            // Redirect stubs (moved pages) navigate via refresh; a stale target is a broken link too.
            if (element.LocalName == "meta"
                && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && LinkAttributes.MetaRefreshUrl(element.GetAttribute("content") ?? "") is { } refresh)
                links.Add(new PageLink(ElementDescription.Describe(element, "http-equiv", "content"), resolve(refresh)));

            if (element.LocalName == "a" && ReferenceKind(element) is { } kind)
            {
                var href = element.GetAttribute("href") ?? "";
                references.Add(new NoteReference(
                    ElementDescription.Describe(element, "id", "href"), kind,
                    string.IsNullOrEmpty(element.Id) ? null : element.Id, resolve(href)));
            }
        }
        return (links, references);
    }

    private static NoteReferenceKind? ReferenceKind(IElement element) =>
        DpubRoles.Has(element, DpubRoles.NoteRef) ? NoteReferenceKind.Note
        : DpubRoles.Has(element, DpubRoles.BiblioRef) ? NoteReferenceKind.Bibliography
        : null;
}
