using Reader.Input;
using Reader.Pipeline;

namespace Reader.Parsing;

/// <summary>
/// Parsed articles keyed by path and by their text and edition.yml overrides: a preview
/// rebuild re-parses only the files whose key changed, which is what keeps one edit cheap. A build without
/// one parses through a fresh, empty cache, which is every file.
/// </summary>
public sealed class ParsedArticleCache
{
    private Dictionary<string, CachedArticle> byPath = new(StringComparer.Ordinal);

    /// <summary>How many articles the last <see cref="Update"/> parsed (the rest came from the cache).</summary>
    public int LastParsedCount { get; private set; }

    /// <summary>
    /// Articles for the files just loaded, in id order; files whose key changed are parsed (in parallel) with
    /// <paramref name="parse"/>. Every file's parse findings are replayed into <paramref name="diagnostics"/>,
    /// and a file that cannot be parsed is left out. Files that are gone are forgotten.
    /// </summary>
    public IReadOnlyList<Article> Update(LoadedInput input, Diagnostics diagnostics, Func<SourceFile, Diagnostics, Article> parse)
    {
        var next = new Dictionary<string, CachedArticle>(StringComparer.Ordinal);
        var keys = input.Files.Select(f => KeyOf(f, input.Config)).ToArray();
        var stale = new List<int>();
        for (int i = 0; i < input.Files.Count; i++)
        {
            var path = input.Files[i].RelativePath;
            if (byPath.TryGetValue(path, out var cached) && cached.Key == keys[i]) next[path] = cached;
            else stale.Add(i);
        }

        var parsed = new CachedArticle?[stale.Count];
        Parallel.For(0, stale.Count, j =>
        {
            var file = input.Files[stale[j]];
            var own = new Diagnostics();
            if (BuildGuard.Run(own, file.RelativePath, () => parse(file, own)) is { } article)
                parsed[j] = new CachedArticle(keys[stale[j]], article, own.All);
            else // Not cached: a file that cannot be parsed is parsed again on every run until it is fixed.
                foreach (var d in own.All) Replay(diagnostics, d);
        });
        for (int j = 0; j < stale.Count; j++)
            if (parsed[j] is { } p) next[input.Files[stale[j]].RelativePath] = p;

        byPath = next;
        LastParsedCount = stale.Count;
        foreach (var cached in next.Values)
            foreach (var d in cached.Diagnostics) Replay(diagnostics, d);
        return next.Values.Select(c => c.Article).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
    }

    private static void Replay(Diagnostics into, Diagnostic d)
    {
        if (d.Severity == Severity.Error) into.Error(d.File, d.Line, d.Message);
        else into.Warn(d.File, d.Line, d.Message);
    }

    /// <summary>
    /// The same inputs <see cref="ParseArticles.Parse"/> reads: the text, this article's overrides and its path.
    /// Kept whole and compared as strings (cheaper than hashing a thousand texts on every edit, and exact).
    /// </summary>
    private static ParseKey KeyOf(SourceFile file, EditionConfig config)
    {
        var o = config.Articles.GetValueOrDefault(file.Id);
        var overrides = o is null ? "" : $"{o.Title}\u0001{o.Dek}\u0001{o.Published}\u0001{o.Outlet}\u0001{o.Url}\u0001{o.Order}";
        return new ParseKey(file.Text, overrides, file.FullPath);
    }
}
