using Reader.Verdicts;

namespace Reader.Input;

/// <summary>seeds/edition.yml: the edition's title and description, per-article overrides, the sources register and the editors' verdicts. All optional.</summary>
public sealed class EditionConfig
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    /// <summary>The site's absolute origin, for sitemap and feed ("https://example.org").</summary>
    public string? Url { get; set; }
    public string? Language { get; set; }
    /// <summary>Keyed by article id (file name without extension).</summary>
    public Dictionary<string, ArticleOverride> Articles { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Keyed by marker id (hex, case-insensitive).</summary>
    public Dictionary<string, SourceEntry> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The editors' verdicts on comparisons, in file order, each checked for form.</summary>
    public IReadOnlyList<Verdict> Verdicts { get; set; } = [];
    /// <summary>Where the edition's settings were read from, as messages name it ("seeds/edition.yml"); null when there is no file.</summary>
    public string? File { get; set; }
}
