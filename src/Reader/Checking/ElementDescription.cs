using AngleSharp.Dom;

namespace Reader.Checking;

/// <summary>Renders an element as a short start tag so a finding can be found in the page source.</summary>
internal static class ElementDescription
{
    // Long values (data: URLs, big srcsets) would drown the report line.
    private const int MaxValueLength = 80;

    /// <summary>E.g. &lt;a href="#n3"&gt;; only the listed attributes that are present are shown.</summary>
    public static string Describe(IElement element, params string[] attributes)
    {
        var text = new System.Text.StringBuilder("<").Append(element.LocalName);
        foreach (var name in attributes)
        {
            var value = element.GetAttribute(name);
            if (value is null) continue;
            if (value.Length > MaxValueLength) value = value[..MaxValueLength] + "…";
            text.Append(' ').Append(name).Append("=\"").Append(value.Replace("\"", "&quot;")).Append('"');
        }
        return text.Append('>').ToString();
    }
}
