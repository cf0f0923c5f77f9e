using System.Text;
using CsCheck;

namespace Reader.Tests.Hostile;

/// <summary>
/// Generators of editions a careless or hostile user might hand Reader: random bytes, deep nesting, long lines,
/// odd YAML (wrong types, duplicate and complex keys, escapes, aliases), links and images of every scheme in every
/// Markdown form, raw HTML, control characters, source markers good and bad. Words are made up for the purpose.
/// </summary>
public static class HostileEditions
{
    private static readonly string[] Urls =
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "javascript&#58;alert(1)",
        "&#106;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "data:image/png;base64,AA==",
        "file:///etc/passwd", "tel:+100", "http://example.org/a", "https://example.org/b?c=d#e", "mailto:desk@example.org",
        "relative/page", "../up", "//example.org/protocol-relative", "#fragment", "", "x:y", "\u0001javascript:alert(1)",
    ];

    private static readonly string[] Words =
    [
        "inspectors", "counted", "the", "depot", "closed", "40", "$2.5 billion", "12%", "March 3, 2025", "December 31, 9999",
        "1,234,567", "about 300", "third", "[abcdef12]", "[ABCDEF12, 1234567]", "[nothex99]", "[", "]", "(", ")", "*", "**", "_",
        "`", "~~", "#", "> ", "- ", "1. ", "|", "\\", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<div onclick=alert(1)>x</div>", "&lt;", "&#x3C;script&#x3E;", "\u0001", "\u0007", "\u001b[31m", "\u0085", "\uFFFE",
        "\u200B", "\uFFFC", "😀", "١٢٣", "一千", ".", "!", "?", "\t",
    ];

    private static Gen<string> Link => Gen.Select(Gen.OneOf(Urls), Gen.Int[0, 5], (url, form) => form switch
    {
        0 => $"[words]({url})",
        1 => $"![a chart]({url})",
        2 => $"<{url}>",
        3 => $"[text][r]\n\n[r]: {url}\n",
        4 => $"<a href=\"{url}\">raw</a>",
        _ => $"[nested [link]({url})]({url})",
    });

    private static Gen<string> Line => Gen.OneOf(Gen.OneOf(Words), Gen.OneOf(Words), Link).List[0, 30].Select(parts => string.Join(' ', parts));

    private static Gen<string> Body => Gen.Select(Line.List[1, 10], Gen.Bool, (lines, blank) => string.Join(blank ? "\n\n" : "\n", lines));

    private static Gen<string> Deep => Gen.Select(Gen.Int[1, 3_000], Gen.OneOf("- ", "> ", "  ", "* ", "1. "), (depth, level) =>
    {
        var text = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            if (level == "  ") text.Append(' ', Math.Min(2 * i, 20_000)).Append("- level\n");
            else text.Append(level);
        }
        return text.Append("bottom 7\n").ToString();
    });

    private static Gen<string> LongLine => Gen.Select(Gen.Int[10_000, 200_000], Gen.Bool, (length, stops) =>
    {
        var text = new StringBuilder(length + 64);
        for (int i = 0; text.Length < length; i++)
            text.Append("the depot counted ").Append(i * 13 % 9_000).Append(stops && i % 5 == 0 ? " crates. " : " crates ");
        return text.ToString(0, length);
    });

    private static Gen<string> YamlValue => Gen.OneOf(
        Gen.OneOf("plain", "\"quoted \\x01 escape\"", "'single'", "[a, b]", "{k: v}", "~", "", "5", "true", "maybe",
            "2025-02-07", "December 31, 9999", "&anchor value", "*anchor", "|\n  block", "[unclosed", "\"unclosed", "- item"),
        Gen.OneOf(Urls).Select(u => "\"" + u.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t").Replace("\u0001", "\\x01") + "\""));

    private static Gen<string> YamlKey => Gen.OneOf(
        "title", "dek", "published", "date", "section", "outlet", "source", "slug", "draft", "url", "order", "description",
        "language", "titel", "Title", "? [a, b]", "\"quoted key\"", "title", "url");

    private static Gen<string> Yaml => Gen.Select(YamlKey, YamlValue).List[0, 8].Select(entries =>
        string.Concat(entries.Select(e => $"{e.Item1}: {e.Item2}\n")));

    private static Gen<string> EditionYml => Gen.Select(Yaml, Gen.Select(YamlKey, YamlValue).List[0, 4], Gen.OneOf(Urls), Gen.Int[0, 3],
        (top, fields, url, sourceId) =>
            top.Replace("\ntitle:", "\nlanguage:") +
            "articles:\n  a0:\n" + string.Concat(fields.Select(f => $"    {f.Item1}: {f.Item2}\n")) +
            "sources:\n  " + new[] { "abcdef12", "ABCDEF12", "not-hex", "1234567" }[sourceId] + ":\n    url: \"" + url.Replace("\\", "").Replace("\"", "") + "\"\n");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Gen<(string Name, byte[] Content)> ArticleFile(int index) => Gen.OneOf(
        Body.Select(b => ($"a{index}.txt", Utf8(b))),
        Gen.Select(Yaml, Body, (y, b) => ($"a{index}.md", Utf8("---\n" + y + "---\n" + b))),
        Body.Select(b => ($"a{index}.md", Utf8(b))),
        Deep.Select(d => ($"a{index}.md", Utf8("---\ntitle: Deep\n---\n" + d))),
        LongLine.Select(l => ($"a{index}.txt", Utf8(l))),
        Gen.Byte.Array[0, 3_000].Select(bytes => ($"a{index % 2}.txt", bytes)),
        Body.Select(b => ($"a{index}.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(b)).ToArray())));

    /// <summary>One to four articles (a name may come twice: the last one written wins, or two ids clash), and an edition.yml half the time.</summary>
    public static Gen<HostileEdition> Edition => Gen.Select(
        Gen.Int[0, 5].SelectMany(ArticleFile).List[1, 4],
        Gen.Bool, EditionYml,
        (articles, withYml, yml) => new HostileEdition(withYml ? [.. articles, ("edition.yml", Utf8(yml))] : [.. articles]));
}
