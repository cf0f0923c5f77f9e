using AngleSharp.Dom;

namespace Reader.Checking;

/// <summary>DPUB-ARIA role names and the structural questions the checker asks about them.</summary>
internal static class DpubRoles
{
    public const string NoteRef = "doc-noteref";
    public const string BiblioRef = "doc-biblioref";
    public const string Backlink = "doc-backlink";
    public const string Footnote = "doc-footnote";
    public const string Endnotes = "doc-endnotes";
    public const string Bibliography = "doc-bibliography";
    // Deprecated in DPUB-ARIA 1.1, but still recognised as notes/entries so that a page using
    // them gets one clear "deprecated" finding rather than a cascade of "not a note" ones.
    public const string Endnote = "doc-endnote";
    public const string BiblioEntry = "doc-biblioentry";

    /// <summary>role is a token list ("doc-noteref presentation" is legal), compared like ARIA does.</summary>
    public static bool Has(IElement element, string role)
    {
        var value = element.GetAttribute("role");
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var token in value.Split(' ', '\t', '\n', '\r', '\f'))
            if (token.Equals(role, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static bool IsNote(IElement element) =>
        Has(element, Footnote) || Has(element, Endnote) || IsTopLevelItemOf(element, Endnotes);

    public static bool IsBiblioEntry(IElement element) =>
        Has(element, BiblioEntry) || IsTopLevelItemOf(element, Bibliography);

    public static bool IsInside(IElement element, string role)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            if (Has(parent, role)) return true;
        return false;
    }

    // An endnote is an <li> of the endnotes list itself, not an <li> of a list nested in a note.
    private static bool IsTopLevelItemOf(IElement element, string containerRole)
    {
        if (element.LocalName != "li") return false;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (Has(parent, containerRole)) return true;
            if (parent.LocalName == "li") return false;
        }
        return false;
    }
}
