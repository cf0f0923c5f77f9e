using System.Net;
using System.Text;
using Reader.Pipeline;

namespace Reader.Preview;

/// <summary>
/// The box laid over every served page while the latest rebuild fails: one line per error, naming file,
/// line and message. Everything from the diagnostics is HTML-escaped — messages quote template and
/// article text, which may hold markup.
/// </summary>
public static class ErrorOverlay
{
    public const string Marker = "data-reader-preview-errors";

    public static string For(IReadOnlyList<Diagnostic> errors)
    {
        var html = new StringBuilder();
        html.Append($"<div {Marker} role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:60vh;overflow:auto;")
            .Append("margin:0;padding:1rem 1.25rem;background:#2b0000;color:#ffecec;font:14px/1.5 ui-monospace,monospace;")
            .Append("border-bottom:4px solid #ff4d4d;box-shadow:0 4px 16px rgba(0,0,0,.5)\">")
            .Append("<strong style=\"display:block;margin-bottom:.5rem\">Build failed — showing the last good build underneath. Fix the file and save to recover.</strong>")
            .Append("<ul style=\"margin:0;padding-left:1.25rem\">");
        foreach (var e in errors)
        {
            html.Append("<li><span data-file>").Append(WebUtility.HtmlEncode(e.File)).Append("</span>");
            if (e.Line is { } line) html.Append(":<span data-line>").Append(line).Append("</span>");
            html.Append(": ").Append(WebUtility.HtmlEncode(e.Message)).Append("</li>");
        }
        return html.Append("</ul></div>").ToString();
    }
}
