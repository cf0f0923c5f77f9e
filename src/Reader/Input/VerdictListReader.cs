using Reader.Input.Yaml;
using Reader.Verdicts;

namespace Reader.Input;

/// <summary>
/// Turns edition.yml's verdicts list into verdicts: each item checked for form, and no comparison or figure judged
/// twice (two verdicts on one pair would leave the reader to guess which stands). Whether the claims they name
/// still exist is known only after the build reads the articles (<see cref="ApplyVerdicts"/>).
/// </summary>
public static class VerdictListReader
{
    private static readonly string[] Keys = ["confirm", "reject", "add", "not_a_claim", "relation", "note"];

    /// <summary>The verdicts of edition.yml's <c>verdicts:</c> entry.</summary>
    public static IReadOnlyList<Verdict> Read(YamlMap edition, YamlEntry verdicts)
    {
        var entries = new List<VerdictEntry>();
        foreach (var (fields, line) in edition.MapList(verdicts, "one per verdict (confirm, reject, add or not_a_claim)"))
        {
            var entry = new VerdictEntry { Line = line };
            foreach (var field in fields.Entries())
            {
                switch (field.Key)
                {
                    case "confirm": entry.Confirm = [.. fields.TextList(field)]; break;
                    case "reject": entry.Reject = [.. fields.TextList(field)]; break;
                    case "add": entry.Add = [.. fields.TextList(field)]; break;
                    case "not_a_claim": entry.NotAClaim = fields.Text(field) ?? ""; break;
                    case "relation": entry.Relation = fields.Text(field); break;
                    case "note": entry.Note = fields.Text(field); break;
                    default: throw fields.UnknownKey(field, Keys, "in a verdict");
                }
            }
            entries.Add(entry);
        }
        return Read(entries, edition.Source.File);
    }

    public static IReadOnlyList<Verdict> Read(IReadOnlyList<VerdictEntry> entries, string file)
    {
        var verdicts = new List<Verdict>(entries.Count);
        var seen = new Dictionary<(string, string), Verdict>();
        foreach (var entry in entries)
        {
            if (entry is null) continue;
            var verdict = entry.ToVerdict(file);
            var key = verdict.Pair ?? (verdict.Claim, "");
            if (seen.TryGetValue(key, out var first))
                throw new InputException(file, verdict.Line, verdict.Other is null
                    ? $"\"{verdict.Claim}\" is already ruled not a claim on line {first.Line}"
                    : $"the comparison of \"{verdict.Claim}\" and \"{verdict.Other}\" already has a verdict on line {first.Line} ({Verdict.KeyOf(first.Kind)}): keep one of them");
            seen[key] = verdict;
            verdicts.Add(verdict);
        }
        return verdicts;
    }
}
