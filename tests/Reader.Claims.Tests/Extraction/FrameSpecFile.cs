namespace Reader.Claims.Tests.Extraction;

/// <summary>Parses frames.spec.md (format in its header).</summary>
public static class FrameSpecFile
{
    public const string FileName = "frames.spec.md";

    public static IReadOnlyList<FrameSpecExample> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Extraction", FileName));
        var examples = new List<FrameSpecExample>();
        string section = "";
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal)) { section = lines[i][3..].Trim(); continue; }
            if (!lines[i].StartsWith("```frames", StringComparison.Ordinal)) continue;
            var info = lines[i]["```frames".Length..].Trim();
            DateOnly? published = info.StartsWith("published=", StringComparison.Ordinal) ? DateOnly.Parse(info["published=".Length..]) : null;
            int start = i + 1;
            var input = new List<string>();
            var expected = new List<(string, IReadOnlyDictionary<string, string>)>();
            bool afterDot = false;
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                if (!afterDot && lines[i] == ".") { afterDot = true; continue; }
                if (!afterDot) { input.Add(lines[i]); continue; }
                if (lines[i].Trim().Length == 0) continue;
                var parts = lines[i].Split('|', 2, StringSplitOptions.TrimEntries);
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var field in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (field.StartsWith('!')) fields[field[1..]] = "false";
                    else if (!field.Contains('=')) fields[field] = "true";
                    else fields[field[..field.IndexOf('=')]] = field[(field.IndexOf('=') + 1)..];
                }
                expected.Add((parts[0], fields));
            }
            if (!afterDot) throw new FormatException($"{FileName} line {start}: example without a '.' line");
            examples.Add(new FrameSpecExample(section, start, string.Join("\n", input), published, expected));
        }
        return examples;
    }
}
