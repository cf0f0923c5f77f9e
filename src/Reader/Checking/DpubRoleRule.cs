using AngleSharp.Dom;

namespace Reader.Checking;

/// <summary>
/// Role hygiene from DPUB-ARIA 1.1: doc-endnote and doc-biblioentry are deprecated (endnotes
/// and entries are plain list items of doc-endnotes / doc-bibliography), and a doc-footnote
/// inside doc-endnotes mixes the two note models.
/// </summary>
internal static class DpubRoleRule
{
    public static IEnumerable<CheckFinding> Check(IDocument document, string page)
    {
        foreach (var element in document.All)
        {
            if (!element.HasAttribute("role")) continue;
            if (DpubRoles.Has(element, DpubRoles.Endnote))
                yield return Deprecated(element, page, DpubRoles.Endnote, "a list item inside role=\"doc-endnotes\"");
            if (DpubRoles.Has(element, DpubRoles.BiblioEntry))
                yield return Deprecated(element, page, DpubRoles.BiblioEntry, "a list item inside role=\"doc-bibliography\"");
            if (DpubRoles.Has(element, DpubRoles.Footnote) && DpubRoles.IsInside(element, DpubRoles.Endnotes))
                yield return new CheckFinding(page, ElementDescription.Describe(element, "id", "role"), CheckRules.FootnoteInEndnotes,
                    "role \"doc-footnote\" inside role=\"doc-endnotes\"; endnotes are plain list items");
        }
    }

    private static CheckFinding Deprecated(IElement element, string page, string role, string replacement) =>
        new(page, ElementDescription.Describe(element, "id", "role"), CheckRules.DeprecatedRole,
            $"role \"{role}\" is deprecated in DPUB-ARIA 1.1; use {replacement}");
}
