using Reader.Claims.Comparison;
using Reader.Input;
using Reader.Parsing;
using Reader.Rendering.Caching;
using Reader.Theming;

namespace Reader.Pipeline;

/// <summary>
/// What one run of the pipeline hands to the next, supplied to the stages from outside them. A build runs
/// once and keeps nothing (<see cref="None"/>); the preview keeps everything (<see cref="ForPreview"/>), so an
/// edit reads, parses, compares and renders again only what it changed — and gets the same site a build would.
/// </summary>
public sealed class BuildCaches
{
    /// <summary>Files already read (Load).</summary>
    public SourceFileCache? SourceFiles { get; private init; }
    /// <summary>Articles already parsed (Parse). Without it each run parses every file.</summary>
    public ParsedArticleCache? Articles { get; private init; }
    /// <summary>The last comparison, updated by the edit (Analyse). Without it a fresh comparison is made.</summary>
    public IncrementalComparer? Comparer { get; private init; }
    /// <summary>Article pages already rendered, with what they were rendered from (Render).</summary>
    public ArticlePageCache? ArticlePages { get; private init; }
    /// <summary>The previous build's claims, read while its claims.json is unchanged (what changed since it).</summary>
    public Changes.PreviousBuildCache? PreviousBuild { get; private init; }
    /// <summary>The compiled theme: compiled once per build, and by the preview once per theme change.</summary>
    public ThemeCache Theme { get; } = new();

    /// <summary>
    /// True when no later run reuses this run's articles: each may then let go of what a stage no longer
    /// needs as soon as it is done with it (at 10,000 articles, hundreds of MB).
    /// </summary>
    public bool OneShot => Articles is null;

    public static BuildCaches None() => new();

    public static BuildCaches ForPreview() => new()
    {
        SourceFiles = new SourceFileCache(),
        Articles = new ParsedArticleCache(),
        Comparer = new IncrementalComparer(),
        ArticlePages = new ArticlePageCache(),
        PreviousBuild = new Changes.PreviousBuildCache(),
    };
}
