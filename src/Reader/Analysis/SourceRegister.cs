using Reader.Input;
using Reader.Parsing;
using Reader.Pipeline;

namespace Reader.Analysis;

/// <summary>
/// Every source of the edition, numbered in order of first citation (then registered but uncited
/// sources), each with its edition.yml entry and every citation. A cited source missing from the
/// register is a warning naming the article's file and line.
/// </summary>
public sealed class SourceRegister
{
    private readonly Dictionary<string, Source> byId;

    private SourceRegister(IReadOnlyList<Source> sources)
    {
        Sources = sources;
        byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Source> Sources { get; }

    public int CitationCount => Sources.Sum(s => s.Citations.Count);

    public Source? Find(string id) => byId.GetValueOrDefault(id);

    public static SourceRegister Build(IReadOnlyList<Article> articles, EditionConfig config, Diagnostics diagnostics)
    {
        var citations = new Dictionary<string, List<SourceCitation>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var article in articles)
        {
            foreach (var c in article.Annotations.Citations)
            {
                if (!citations.TryGetValue(c.SourceId, out var list))
                {
                    citations[c.SourceId] = list = [];
                    order.Add(c.SourceId);
                    if (!config.Sources.ContainsKey(c.SourceId))
                        diagnostics.Warn(article.SourcePath, article.Draft.SourceLineOf(c.Line),
                            $"source [{c.SourceId}] is not in the sources register (add it under \"sources:\" in {LoadSources.ConfigName})");
                }
                list.Add(new SourceCitation(article, c.Anchor, c.SentenceId, c.Sentence));
            }
        }
        foreach (var id in config.Sources.Keys.Select(k => k.ToLowerInvariant()).Order(StringComparer.Ordinal))
            if (!citations.ContainsKey(id)) { citations[id] = []; order.Add(id); }

        var sources = order.Select((id, i) => new Source(id, i + 1, config.Sources.GetValueOrDefault(id), citations[id])).ToList();
        return new SourceRegister(sources);
    }
}
