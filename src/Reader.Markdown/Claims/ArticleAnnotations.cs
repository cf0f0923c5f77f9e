namespace Reader.Markdown.Claims;

/// <summary>What annotating one article found: its sentences, claims and citations, with their anchors.</summary>
public sealed class ArticleAnnotations
{
    public List<AnnotatedSentence> Sentences { get; } = [];
    public List<AnnotatedClaim> Claims { get; } = [];
    public List<AnnotatedCitation> Citations { get; } = [];

    private Dictionary<string, string>? sentenceTexts;

    /// <summary>The text of a sentence by its anchor ("" when unknown). For reading once annotation is done.</summary>
    public string SentenceText(string sentenceId)
    {
        sentenceTexts ??= Sentences.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        return sentenceTexts.GetValueOrDefault(sentenceId, "");
    }
}
