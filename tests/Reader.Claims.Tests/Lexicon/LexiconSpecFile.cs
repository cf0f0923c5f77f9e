namespace Reader.Claims.Tests.Lexicon;

/// <summary>Parses lexicon.spec.md: lines "word | word | relation" inside ```relations blocks.</summary>
public static class LexiconSpecFile
{
    public const string FileName = "lexicon.spec.md";

    public static IReadOnlyList<LexiconSpecExample> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Lexicon", FileName));
        var examples = new List<LexiconSpecExample>();
        string section = "";
        bool inBlock = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal)) section = line[3..].Trim();
            else if (line.StartsWith("```relations", StringComparison.Ordinal)) inBlock = true;
            else if (line.StartsWith("```", StringComparison.Ordinal)) inBlock = false;
            else if (inBlock && line.Trim().Length > 0)
            {
                var f = line.Split('|', StringSplitOptions.TrimEntries);
                if (f.Length != 3) throw new FormatException($"{FileName} line {i + 1}: expected 'word | word | relation'");
                examples.Add(new LexiconSpecExample(section, i + 1, f[0], f[1], f[2]));
            }
        }
        return examples;
    }
}
