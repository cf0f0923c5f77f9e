using System.Text;

namespace Reader.Preview;

/// <summary>Adds preview-only markup (reload script, error overlay) just before a served page's closing body tag.</summary>
public static class HtmlInjector
{
    public static byte[] Inject(byte[] page, string markup)
    {
        var html = Encoding.UTF8.GetString(page);
        int at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var result = at < 0 ? html + markup : string.Concat(html.AsSpan(0, at), markup, html.AsSpan(at));
        return Encoding.UTF8.GetBytes(result);
    }
}
