using Reader.Verdicts;

namespace Reader.Input;

/// <summary>
/// Turns edition.yml's verdicts list into verdicts: each item checked for form, and no comparison or figure judged
/// twice (two verdicts on one pair would leave the reader to guess which stands). Whether the claims they name
/// still exist is known only after the build reads the articles (<see cref="ApplyVerdicts"/>).
/// </summary>
public static class VerdictListReader
{
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
