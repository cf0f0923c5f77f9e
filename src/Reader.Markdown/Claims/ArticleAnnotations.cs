using Reader.Claims.Model;

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

/// <param name="Id">Page anchor, "s{paragraph}-{sentence}".</param>
/// <param name="Text">The sentence as a reader sees it (placeholders for code and links removed).</param>
public sealed record AnnotatedSentence(string Id, string Text);

public sealed record AnnotatedClaim(string ClaimId, int Number, string Anchor, string SentenceId, Claim Claim);

/// <param name="SourceId">The marker id, lower-case.</param>
/// <param name="Anchor">"cite-{id}-{n}", unique on the page.</param>
/// <param name="Line">0-based line of the marker in the Markdown text.</param>
public sealed record AnnotatedCitation(string SourceId, string Anchor, string SentenceId, string Sentence, int Line);
