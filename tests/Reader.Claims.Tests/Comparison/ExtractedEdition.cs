using Reader.Claims.Comparison;
using Reader.Claims.Extraction;
using Reader.Claims.Text;

namespace Reader.Claims.Tests.Comparison;

/// <summary>
/// Builds an edition from real text files through the real extractor, as the pipeline does: each non-empty
/// line is a paragraph, split into sentences ("p3-s2") whose claims are extracted paragraph by paragraph.
/// </summary>
public static class ExtractedEdition
{
    private static readonly ClaimExtractor Extractor = new();

    public static ArticleInput Article(string path, DateOnly published) =>
        Article(Path.GetFileNameWithoutExtension(path), File.ReadAllLines(path), published);

    public static ArticleInput Article(string id, IEnumerable<string> lines, DateOnly? published)
    {
        var sentences = new List<SentenceInput>();
        var claims = new List<ClaimInput>();
        var paragraphs = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
        for (int p = 0; p < paragraphs.Length; p++)
        {
            var spans = SentenceSplitter.Split(paragraphs[p]);
            for (int s = 0; s < spans.Count; s++)
                sentences.Add(new SentenceInput($"p{p}-s{s}", spans[s].Of(paragraphs[p])));
            var found = Extractor.Extract(paragraphs[p], published);
            for (int c = 0; c < found.Count; c++)
                claims.Add(new ClaimInput($"{id}-p{p}-c{c}", $"p{p}-s{found[c].SentenceIndex}", found[c]));
        }
        return new ArticleInput(id, published, sentences, claims);
    }

    /// <summary>The id of the first claim of <paramref name="article"/> whose words contain <paramref name="figure"/>.</summary>
    public static string ClaimId(ArticleInput article, string figure) =>
        article.Claims.First(c => c.Claim.Text.Contains(figure, StringComparison.Ordinal)).ClaimId;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Reader.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Reader.sln not found above the test binaries");
    }
}
