using Reader.Claims.Comparison;
using Reader.Claims.Model;
using Reader.Claims.Text;

namespace Reader.Claims.Tests.Comparison;

/// <summary>
/// Builds small editions by hand, as the extractor would: each sentence is written out, each claim names its
/// exact words in that sentence, and subject terms are the sentence's terms. Claim ids are "article.n".
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

    public TestEdition Claim(string words, ClaimKind kind, ClaimValue value, string unit, Qualifier q, string head)
    {
        int at = sentence.IndexOf(words, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{words}' is not in '{sentence}'");
        var claim = new Claim
        {
            Start = at,
            Length = words.Length,
            Text = words,
            Kind = kind,
            Value = value,
            Unit = unit,
            Qualifier = q,
            Subject = new Subject(head, head, TermExtractor.Terms(sentence)),
            SentenceIndex = sentences.Count - 1,
            Normalised = words,
        };
        claims.Add(new ClaimInput($"{article}.{claims.Count + 1}", sentenceId, claim));
        return this;
    }

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
