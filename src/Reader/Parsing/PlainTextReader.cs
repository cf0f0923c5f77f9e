using System.Text.RegularExpressions;

namespace Reader.Parsing;

/// <summary>
/// Reads the three plain-text conventions of real news data:
/// (a) bare paragraphs, one per line;
/// (b) a dateline block — "Label : retrieved date", section, publication date — then title, dek and
///     blank-line-separated paragraphs;
/// (c) a headline on line 1, a blank line, then paragraphs.
/// A short title-case line between paragraphs becomes a heading. Text is escaped, never interpreted.
/// </summary>
public static partial class PlainTextReader
{
    private const int MaxHeadlineLength = 200;
    private const int MaxDekLength = 300;

    public static ArticleDraft Read(string text)
    {
        var lines = text.Split('\n');
        int index = 0;
        string? title = null, dek = null, section = null, published = null;
        int? publishedLine = null;
        DateOnly? retrieved = null;

        if (DatelineRetrieved().Match(lines[0]) is { Success: true } dateline && DateText.Parse(dateline.Groups[1].Value) is { } r)
        {
            retrieved = r;
            index = 1;
            for (; index < lines.Length && lines[index].Trim().Length > 0; index++)
            {
                var line = lines[index].Trim();
                if (published is null && DateText.Parse(line) is not null) { published = line; publishedLine = index + 1; }
                else section ??= line;
            }
            title = NextBlock(lines, ref index, out _);
            var afterTitle = index;
            var candidate = NextBlock(lines, ref index, out int dekLines);
            if (candidate is not null && dekLines == 1 && candidate.Length <= MaxDekLength && HasMoreText(lines, index)) dek = candidate;
            else index = afterTitle;
        }
        else if (lines.Length > 2 && lines[1].Trim().Length == 0 && LooksLikeHeadline(lines[0]) && HasMoreText(lines, 2))
        {
            title = lines[0].Trim();
            index = 2;
        }

        var (markdown, sourceLines) = Body(lines, index);
        return new ArticleDraft
        {
            Title = title,
            Dek = dek,
            Section = section,
            Published = published,
            PublishedLine = publishedLine,
            Retrieved = retrieved,
            Markdown = markdown,
            SourceLines = sourceLines,
        };
    }

    private static bool LooksLikeHeadline(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= MaxHeadlineLength && (!t.EndsWith('.') || HeadingRule.IsHeading(t));
    }

    private static bool HasMoreText(string[] lines, int from)
    {
        for (int i = from; i < lines.Length; i++) if (lines[i].Trim().Length > 0) return true;
        return false;
    }

    /// <summary>The next run of non-blank lines, joined; advances past it.</summary>
    private static string? NextBlock(string[] lines, ref int index, out int count)
    {
        count = 0;
        while (index < lines.Length && lines[index].Trim().Length == 0) index++;
        var parts = new List<string>();
        while (index < lines.Length && lines[index].Trim().Length > 0) { parts.Add(lines[index].Trim()); index++; }
        count = parts.Count;
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>
    /// Paragraphs: blank-line-separated blocks when the body has blank lines (lines of a block joined),
    /// otherwise one paragraph per line.
    /// </summary>
    private static (string Markdown, int[] SourceLines) Body(string[] lines, int start)
    {
        bool blocks = false;
        bool seenText = false;
        for (int i = start; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0) seenText = true;
            else if (seenText && HasMoreText(lines, i)) { blocks = true; break; }
        }

        var paragraphs = new List<(string Text, int Line)>();
        for (int i = start; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            int first = i;
            var text = lines[i].Trim();
            if (blocks)
                while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0) text += " " + lines[++i].Trim();
            paragraphs.Add((text, first + 1));
        }

        var markdown = new System.Text.StringBuilder();
        var map = new List<int>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var (text, line) = paragraphs[p];
            bool between = p > 0 && p < paragraphs.Count - 1;
            var escaped = MarkdownEscaper.Escape(text);
            markdown.Append(between && HeadingRule.IsHeading(text) ? "## " + escaped : escaped).Append("\n\n");
            map.Add(line);
            map.Add(line);
        }
        return (markdown.ToString(), map.ToArray());
    }

    [GeneratedRegex(@"^\s*\p{L}[\p{L} ]{0,30}?\s*:\s*(.{6,40}?)\s*$")]
    private static partial Regex DatelineRetrieved();
}
