namespace Reader.Markdown.Tests;

/// <summary>
/// Reads a spec file. Each example is a fenced block opened by "```example" (or "```example annotate")
/// and closed by "```": the Markdown, a line holding a single ".", then one HTML fragment per line that
/// must appear in the output; a fragment starting with "!" must not appear. The nearest "## " heading
/// above names the example.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        var examples = new List<SpecExample>();
        var title = "";
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal)) { title = lines[i][3..].Trim(); continue; }
            if (!lines[i].StartsWith("```example", StringComparison.Ordinal)) continue;
            bool annotate = lines[i].Contains("annotate", StringComparison.Ordinal);
            int start = i + 1;
            var markdown = new List<string>();
            var expected = new List<string>();
            var forbidden = new List<string>();
            bool inHtml = false;
            for (i = start; i < lines.Length && lines[i] != "```"; i++)
            {
                if (!inHtml && lines[i] == ".") { inHtml = true; continue; }
                if (!inHtml) markdown.Add(lines[i]);
                else if (lines[i].StartsWith('!')) forbidden.Add(lines[i][1..]);
                else if (lines[i].Length > 0) expected.Add(lines[i]);
            }
            if (!inHtml || expected.Count + forbidden.Count == 0)
                throw new FormatException($"{path}:{start}: example has no expected HTML");
            examples.Add(new SpecExample(Path.GetFileName(path), start, title, annotate,
                string.Join('\n', markdown).Replace("→", "\t") + "\n", expected, forbidden));
        }
        return examples;
    }
}
