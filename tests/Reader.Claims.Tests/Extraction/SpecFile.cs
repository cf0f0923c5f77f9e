namespace Reader.Claims.Tests.Extraction;

/// <summary>
/// Parses claims.spec.md: fenced blocks with the info string "example [published=YYYY-MM-DD]" hold the
/// input, a line with a single ".", then expected claims as "kind | text | value | unit | qualifier".
/// </summary>
public static class SpecFile
{
    public const string FileName = "claims.spec.md";

    public static IReadOnlyList<SpecExample> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extraction", FileName);
        return Parse(File.ReadAllLines(path));
    }

    public static IReadOnlyList<SpecExample> Parse(string[] lines)
    {
        var examples = new List<SpecExample>();
        string section = "";
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal)) { section = line[3..].Trim(); continue; }
            if (!line.StartsWith("```example", StringComparison.Ordinal)) continue;
            DateOnly? published = null;
            var info = line["```example".Length..].Trim();
            if (info.StartsWith("published=", StringComparison.Ordinal)) published = DateOnly.Parse(info["published=".Length..]);
            int start = i + 1;
            var input = new List<string>();
            var expected = new List<string>();
            bool afterDot = false;
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                if (!afterDot && lines[i] == ".") { afterDot = true; continue; }
                if (afterDot) { if (lines[i].Trim().Length > 0) expected.Add(lines[i].Trim()); }
                else input.Add(lines[i]);
            }
            if (!afterDot) throw new FormatException($"{FileName} line {start}: example without a '.' line");
            examples.Add(new SpecExample(section, start, string.Join("\n", input), published, expected));
        }
        return examples;
    }
}
