using Reader.Benchmarks.Recognizers;
using Reader.Claims.Extraction;

namespace Reader.Benchmarks;

/// <summary>
/// Agreement with Microsoft Recognizers-Text's English specs (MIT, read from ../shared/specs/recognizers-text):
/// per file, the share of cases where our extractor yields the same set of values (and ISO currencies
/// where the spec gives one) as the spec's Results. A benchmark figure, not a pass/fail test: our
/// intended divergences are listed in Recognizers/DIVERGENCES.md.
/// Usage: recognizers [SPECS_DIR] [--show N]
/// </summary>
internal static class RecognizersAgreement
{
    public static int Run(string[] args)
    {
        string? dir = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--show")).FirstOrDefault();
        int show = args.SkipWhile(a => a != "--show").Skip(1).Select(int.Parse).FirstOrDefault();
        dir ??= DefaultSpecsDir();
        if (dir is null || !Directory.Exists(dir))
        {
            Console.Error.WriteLine($"specs folder not found: {dir ?? "(no Reader.sln above the current folder)"}");
            return 1;
        }
        var extractor = new ClaimExtractor();
        var rows = new List<AgreementRow>();
        foreach (var model in SpecModel.All)
        {
            var path = Path.Combine(dir, model.File);
            if (File.Exists(path)) rows.Add(Score(extractor, model, SpecCase.Load(path), show));
        }
        Print(rows, show);
        return 0;
    }

    private static AgreementRow Score(ClaimExtractor extractor, SpecModel model, IReadOnlyList<SpecCase> cases, int show)
    {
        int agree = 0, counted = 0, skipped = 0;
        var samples = new List<string>();
        foreach (var c in cases)
        {
            if (c.SkippedForDotnet) { skipped++; continue; }
            counted++;
            var expected = c.Results.Select(model.Expected).OfType<string>().ToHashSet();
            var claims = extractor.Extract(c.Input);
            var ours = claims.SelectMany(model.Ours).ToHashSet();
            // Currency claims offer "v" and "v ISO"; keep only the form the spec uses for each value.
            if (model.File.StartsWith("Currency", StringComparison.Ordinal))
                ours = ours.Where(k => expected.Contains(k) || !k.Contains(' ') && !expected.Any(e => e.StartsWith(k + " ", StringComparison.Ordinal))).ToHashSet();
            if (ours.SetEquals(expected)) agree++;
            else if (samples.Count < show)
                samples.Add($"  {Trim(c.Input)}\n    spec: {string.Join(", ", expected)}\n    ours: {string.Join(", ", ours)}");
        }
        return new AgreementRow(model.File, counted, agree, skipped, samples);
    }

    private static void Print(IReadOnlyList<AgreementRow> rows, int show)
    {
        Console.WriteLine("| file | cases | agree | % |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var r in rows) Console.WriteLine($"| {r.File} | {r.Cases} | {r.Agree} | {r.Percent:0.0} |");
        int cases = rows.Sum(r => r.Cases), agree = rows.Sum(r => r.Agree);
        Console.WriteLine($"| **all** | {cases} | {agree} | {(cases == 0 ? 0 : 100.0 * agree / cases):0.0} |");
        if (show <= 0) return;
        foreach (var r in rows.Where(r => r.Samples.Count > 0))
        {
            Console.WriteLine($"\n{r.File}: first {r.Samples.Count} disagreements");
            foreach (var s in r.Samples) Console.WriteLine(s);
        }
    }

    private static string Trim(string s) => s.Length <= 110 ? s : s[..107] + "...";

    /// <summary>../shared/specs/recognizers-text relative to the folder holding Reader.sln.</summary>
    private static string? DefaultSpecsDir()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Reader.sln")))
                    return Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "specs", "recognizers-text"));
        return null;
    }
}
