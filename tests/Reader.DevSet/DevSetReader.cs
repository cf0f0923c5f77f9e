using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Reader.DevSet;

/// <summary>
/// Reads a label file (format in Clusters/README.md) and checks it against the texts it names: every figure's
/// words found, ids unique, links across articles, differing pairs inside one quantity. Problems are collected
/// as "file:line: message", all of them, so a labeller fixes a file in one pass.
/// </summary>
public static class DevSetReader
{
    private static readonly HashSet<string> Kinds = ["count", "money", "percent", "date", "year", "ordinal", "duration", "tally"];
    private static readonly HashSet<string> Units = ["second", "minute", "hour", "day", "week", "month", "year", "decade"];
    private static readonly HashSet<string> Hedges = ["~", ">", ">=", "<=", "<"];
    private static readonly HashSet<string> Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static IReadOnlyList<string> LabelFiles(string folder) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal)] : [];

    public static (LabelledCluster? Cluster, List<string> Problems) Read(string path, string corpora)
    {
        var problems = new List<string>();
        var file = Path.GetFileName(path);
        void Problem(YamlNode? node, string message) => problems.Add($"{file}:{(node is null ? 1 : node.Start.Line)}: {message}");

        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            Problem(null, "expected one YAML mapping");
            return (null, problems);
        }
        foreach (var key in root.Children.Keys)
            if (Scalar(key) is not ("cluster" or "split" or "articles" or "quantities" or "not-linked" or "not-claims"))
                Problem(key, $"unknown key '{Scalar(key)}'");

        var folder = Path.Combine(corpora, Scalar(Get(root, "cluster")) ?? "");
        if (!Directory.Exists(folder)) Problem(Get(root, "cluster"), $"no folder {folder}");
        var split = Scalar(Get(root, "split"));
        if (split is not ("dev" or "holdout")) Problem(Get(root, "split"), "split must be dev or holdout");

        var articles = new Dictionary<string, string>(StringComparer.Ordinal);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Get(root, "articles") is YamlMappingNode articleMap)
            foreach (var (k, v) in articleMap.Children)
            {
                var id = Scalar(k)!;
                var fileName = Scalar(v) ?? "";
                var articlePath = Path.Combine(folder, fileName);
                articles[id] = fileName;
                if (!File.Exists(articlePath)) { Problem(v, $"article {id}: no file {articlePath}"); continue; }
                bodies[id] = BodyOf(File.ReadAllText(articlePath));
            }
        else Problem(root, "no articles");

        var claims = new Dictionary<string, LabelledClaim>(StringComparer.Ordinal);
        var quantities = new List<LabelledQuantity>();
        var places = new Dictionary<(string, int), string>();
        if (Get(root, "quantities") is YamlSequenceNode quantityList)
            foreach (var node in quantityList.Children)
            {
                if (node is not YamlMappingNode q) { Problem(node, "a quantity must be a mapping"); continue; }
                int index = quantities.Count;
                foreach (var key in q.Children.Keys)
                    if (Scalar(key) is not ("what" or "kind" or "claims" or "differs" or "mentioned-in"))
                        Problem(key, $"unknown key '{Scalar(key)}' in a quantity");
                var what = Scalar(Get(q, "what")) ?? "";
                if (what.Length == 0) Problem(q, "quantity without 'what'");
                var kind = Scalar(Get(q, "kind")) ?? "";
                if (!Kinds.Contains(kind)) Problem(Get(q, "kind") ?? q, $"kind '{kind}' is not one of {string.Join(", ", Kinds)}");
                var members = new List<string>();
                if (Get(q, "claims") is YamlMappingNode claimMap)
                    foreach (var (k, v) in claimMap.Children)
                    {
                        var id = Scalar(k)!;
                        if (ReadClaim(id, v, kind, index, bodies, Problem) is not { } claim) continue;
                        if (!claims.TryAdd(id, claim)) { Problem(k, $"claim id {id} used twice"); continue; }
                        if (places.TryGetValue((claim.Article, claim.Start), out var other)) Problem(k, $"{id}: same words and place as {other}");
                        places[(claim.Article, claim.Start)] = id;
                        members.Add(id);
                    }
                else Problem(q, $"quantity '{what}' has no claims");
                var differs = new List<(string, string)>();
                if (Get(q, "differs") is YamlSequenceNode differList)
                    foreach (var pair in differList.Children)
                    {
                        var ids = Pair(pair, Problem);
                        if (ids is not { } p) continue;
                        if (!members.Contains(p.A) || !members.Contains(p.B)) { Problem(pair, $"differs [{p.A}, {p.B}]: not both claims of this quantity"); continue; }
                        if (claims[p.A].Article == claims[p.B].Article) { Problem(pair, $"differs [{p.A}, {p.B}]: same article"); continue; }
                        differs.Add(p);
                    }
                var mentioned = new List<string>();
                if (Get(q, "mentioned-in") is YamlMappingNode mentionMap)
                    foreach (var k in mentionMap.Children.Keys)
                    {
                        var a = Scalar(k)!;
                        if (!articles.ContainsKey(a)) Problem(k, $"mentioned-in: unknown article {a}");
                        else if (members.Any(m => claims[m].Article == a)) Problem(k, $"mentioned-in {a}, which has a claim on '{what}'");
                        else mentioned.Add(a);
                    }
                quantities.Add(new LabelledQuantity(index, what, kind, members, differs, mentioned, (int)q.Start.Line));
            }

        var notLinked = new List<(string, string)>();
        if (Get(root, "not-linked") is YamlSequenceNode notLinkedList)
            foreach (var pair in notLinkedList.Children)
            {
                if (Pair(pair, Problem) is not { } p) continue;
                if (!claims.TryGetValue(p.A, out var x) || !claims.TryGetValue(p.B, out var y)) { Problem(pair, $"not-linked [{p.A}, {p.B}]: unknown claim"); continue; }
                if (x.Article == y.Article) Problem(pair, $"not-linked [{p.A}, {p.B}]: same article");
                else if (x.Quantity == y.Quantity) Problem(pair, $"not-linked [{p.A}, {p.B}]: same quantity");
                else notLinked.Add(p);
            }

        var notClaims = new List<LabelledNotClaim>();
        if (Get(root, "not-claims") is YamlSequenceNode notClaimList)
            foreach (var node in notClaimList.Children)
            {
                if (node is not YamlMappingNode m) { Problem(node, "a not-claim must be a mapping"); continue; }
                var article = Scalar(Get(m, "in")) ?? "";
                var text = Scalar(Get(m, "text")) ?? "";
                int nth = int.TryParse(Scalar(Get(m, "nth")), out int n) ? n : 1;
                if (!bodies.TryGetValue(article, out var body)) { Problem(m, $"not-claim: unknown article '{article}'"); continue; }
                int at = Occurrence(body, text, nth);
                if (at < 0) { Problem(m, $"not-claim '{text}' (occurrence {nth}) not found in {article}"); continue; }
                notClaims.Add(new LabelledNotClaim(article, text, at, Scalar(Get(m, "why")) ?? ""));
            }

        if (problems.Count > 0) return (null, problems);
        var name = Path.GetFileNameWithoutExtension(path);
        return (new LabelledCluster(name, path, folder, split!, articles, bodies, claims, quantities, notLinked, notClaims), problems);
    }

    private static LabelledClaim? ReadClaim(string id, YamlNode node, string kind, int quantity,
        Dictionary<string, string> bodies, Action<YamlNode?, string> problem)
    {
        if (node is not YamlMappingNode m) { problem(node, $"{id}: a claim must be a mapping"); return null; }
        foreach (var key in m.Children.Keys)
            if (Scalar(key) is not ("in" or "text" or "nth" or "value" or "high" or "currency" or "unit" or "hedge"))
                problem(key, $"{id}: unknown key '{Scalar(key)}'");
        var article = Scalar(Get(m, "in")) ?? "";
        if (!id.StartsWith(article + ".", StringComparison.Ordinal)) problem(m, $"{id}: id must be <article>.<n> with in: {article}");
        if (!bodies.TryGetValue(article, out var body)) { problem(m, $"{id}: unknown article '{article}'"); return null; }
        var text = Scalar(Get(m, "text")) ?? "";
        int nth = int.TryParse(Scalar(Get(m, "nth")), out int n) ? n : 1;
        int at = Occurrence(body, text, nth);
        if (text.Length == 0 || at < 0) { problem(m, $"{id}: text '{text}' (occurrence {nth}) not found in {article}"); return null; }
        var hedge = Scalar(Get(m, "hedge"));
        if (hedge is not null && !Hedges.Contains(hedge)) problem(m, $"{id}: hedge '{hedge}' is not one of ~ > >= <= <");
        var raw = Scalar(Get(m, "value"));
        if (raw is null) { problem(m, $"{id}: no value"); return null; }
        var value = Value(id, kind, raw, Scalar(Get(m, "high")), Scalar(Get(m, "currency")), Scalar(Get(m, "unit")), m, problem);
        return value is null ? null : new LabelledClaim(id, article, text, nth, at, kind, value, hedge, quantity, (int)m.Start.Line);
    }

    private static LabelledValue? Value(string id, string kind, string raw, string? high, string? currency, string? unit,
        YamlNode node, Action<YamlNode?, string> problem)
    {
        decimal? Number(string? s) =>
            s is not null && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        switch (kind)
        {
            case "count" or "money" or "percent" or "ordinal" or "duration":
                if (Number(raw) is not { } number) { problem(node, $"{id}: value '{raw}' is not a number"); return null; }
                if (kind == "duration" && (unit is null || !Units.Contains(unit))) { problem(node, $"{id}: a duration needs unit: one of {string.Join(", ", Units)}"); return null; }
                return new LabelledValue(number, Number(high), null, kind == "money" ? currency ?? "USD" : unit);
            case "date":
                bool iso = System.Text.RegularExpressions.Regex.IsMatch(raw, @"^\d{4}-\d\d(-\d\d)?(/\d{4}-\d\d(-\d\d)?)?$");
                if (!iso && !Weekdays.Contains(raw)) { problem(node, $"{id}: date value '{raw}' is not ISO (or a weekday name)"); return null; }
                return new LabelledValue(null, null, raw, null);
            case "year":
                if (!System.Text.RegularExpressions.Regex.IsMatch(raw, @"^\d{4}(/\d{4})?$")) { problem(node, $"{id}: year value '{raw}' must be 2016 or 2011/2012"); return null; }
                return new LabelledValue(null, null, raw, null);
            case "tally":
                if (!System.Text.RegularExpressions.Regex.IsMatch(raw, @"^\d+-\d+$")) { problem(node, $"{id}: tally value '{raw}' must be like \"348-77\""); return null; }
                return new LabelledValue(null, null, raw, null);
            default:
                return null;
        }
    }

    private static (string A, string B)? Pair(YamlNode node, Action<YamlNode?, string> problem)
    {
        if (node is YamlSequenceNode { Children.Count: 2 } s && Scalar(s.Children[0]) is { } a && Scalar(s.Children[1]) is { } b) return (a, b);
        problem(node, "expected a pair [id, id]");
        return null;
    }

    /// <summary>Everything after the first line: line 1 of a corpus file is the headline, which carries no notes.</summary>
    public static string BodyOf(string text)
    {
        text = text.Replace("\r\n", "\n");
        int newline = text.IndexOf('\n');
        return newline < 0 ? "" : text[(newline + 1)..];
    }

    public static int Occurrence(string body, string text, int nth)
    {
        if (text.Length == 0) return -1;
        int at = -1;
        for (int i = 0; i < nth; i++)
        {
            at = body.IndexOf(text, at + 1, StringComparison.Ordinal);
            if (at < 0) return -1;
        }
        return at;
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;
}
