using Reader.Claims.Comparison;
using Reader.Claims.Model;
using Reader.Claims.Extraction;

namespace Reader.Claims.Tests.Comparison;

/// <summary>
/// Builds small editions sentence by sentence: each claim names its exact words in the sentence, and is the
/// claim the real extractor finds there — frame and all — checked against the kind and value the test states,
/// so a test says what it compares and the engine sees what a build would give it. Claim ids are "article.n".
/// </summary>
public sealed class TestEdition
{
    private readonly List<ArticleInput> articles = [];
    private List<SentenceInput> sentences = [];
    private List<ClaimInput> claims = [];
    private string article = "";
    private DateOnly? published;
    private string sentence = "";
    private string sentenceId = "";

    public TestEdition Article(string id, DateOnly? published = null)
    {
        Flush();
        article = id;
        this.published = published;
        sentences = [];
        claims = [];
        return this;
    }

    public TestEdition Sentence(string text)
    {
        sentence = text;
        sentenceId = $"s{sentences.Count + 1}";
        sentences.Add(new SentenceInput(sentenceId, text));
        return this;
    }

    public TestEdition Count(string words, decimal value, string head, Qualifier q = Qualifier.None) =>
        Claim(words, ClaimKind.Count, ClaimValue.Number(value), head, q, head);

    public TestEdition Money(string words, decimal value, string currency = "USD", Qualifier q = Qualifier.None) =>
        Claim(words, ClaimKind.Money, ClaimValue.Number(value), currency, q, "");

    public TestEdition Date(string words, DateOnly from, DateOnly to, Qualifier q = Qualifier.None) =>
        Claim(words, ClaimKind.Date, ClaimValue.Dates(from, to, from == to ? from.ToString("yyyy-MM-dd") : from.ToString("yyyy-MM")), "", q, "");

    private static readonly ClaimExtractor Extractor = new();

    public TestEdition Claim(string words, ClaimKind kind, ClaimValue value, string unit, Qualifier q, string head)
    {
        if (!sentence.Contains(words, StringComparison.Ordinal)) throw new ArgumentException($"'{words}' is not in '{sentence}'");
        // A date needs a publication date to be read; an undated test article lends it the date's own.
        var found = Extractor.Extract(sentence, published ?? value.From).FirstOrDefault(c => c.Text == words || words.StartsWith(c.Text, StringComparison.Ordinal))
            ?? throw new ArgumentException($"the extractor finds no claim '{words}' in '{sentence}'");
        if (found.Kind != kind || found.Qualifier != q || !SameValue(found.Value, value))
            throw new ArgumentException($"'{words}': the extractor reads {found.Kind} {found.Normalised} ({found.Qualifier}), the test says {kind} {value} ({q})");
        claims.Add(new ClaimInput($"{article}.{claims.Count + 1}", sentenceId, found with { SentenceIndex = sentences.Count - 1 }));
        return this;
    }

    private static bool SameValue(ClaimValue a, ClaimValue b) =>
        a.Low == b.Low && a.High == b.High || a.From is not null && a.From == b.From && a.To == b.To;

    public IReadOnlyList<ArticleInput> Build()
    {
        Flush();
        return articles;
    }

    public EditionComparison Compare(CompareOptions? options = null) => new EditionComparer(options).Compare(Build());

    private void Flush()
    {
        if (article != "" && !articles.Any(a => a.ArticleId == article))
            articles.Add(new ArticleInput(article, published, sentences, claims));
    }
}
