using Reader.Claims.Lexicon;

namespace Reader.Claims.Comparison;

/// <summary>A sentence made ready for mention search: its content words, weighted, their root concepts, and the kind groups of its claims.</summary>
internal sealed class PreparedSentence
{
    public required SentenceInput Input { get; init; }
    /// <summary>Every reading of every content word, distinct: for the words a note shows.</summary>
    public required LexicalEntry[] Words { get; init; }
    /// <summary>Content lemmas, sorted, distinct (names lower-cased).</summary>
    public required string[] Lemmas { get; init; }
    /// <summary>The lemmas weighted within the sentence's article.</summary>
    public required WeightedWords Weighted { get; init; }
    /// <summary>Root concepts of its words: the keys mention search finds it by, sorted, distinct.</summary>
    public required int[] Keys { get; init; }
    /// <summary>Kind groups of the claims it carries: a sentence with a figure of the kind is no mere mention.</summary>
    public string[] ClaimGroups { get; set; } = [];
}
