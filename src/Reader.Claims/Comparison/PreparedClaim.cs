using Reader.Claims.Lexicon;
using Reader.Claims.Model;

namespace Reader.Claims.Comparison;

/// <summary>
/// A claim made ready for matching, once per article (<see cref="ArticleAnalysis"/>): its frame's words as
/// lexical profiles, its value interval, its clause's words weighted, and the keys it is indexed under.
/// Immutable: an edition numbers claims in its own arrays (<see cref="EditionIndex"/>), so one analysis can serve several.
/// </summary>
internal sealed class PreparedClaim
{
    public required ClaimInput Input { get; init; }
    public Claim Claim => Input.Claim;
    /// <summary>The claim's frame, held here rather than reached through the claim: pairs read it millions of times.</summary>
    public required Frame Frame { get; init; }
    /// <summary>The kind group (<see cref="KindGroup"/>): claims compare only within one.</summary>
    public required string Group { get; init; }
    /// <summary>Null when the figure has no usable value: it can be mentioned but not compared.</summary>
    public required ValueInterval? Interval { get; init; }
    public required LexicalProfile Measure { get; init; }
    public required LexicalProfile Predicate { get; init; }
    public required LexicalProfile Holder { get; init; }
    /// <summary>Content lemmas of the clause and of the measured phrase, sorted, distinct: for the words a note shows.</summary>
    public required string[] Context { get; init; }
    /// <summary>The same words weighted within the claim's article, for comparing clauses.</summary>
    public required WeightedWords ContextWords { get; init; }
    /// <summary>Root concepts of the measured phrase's words (sorted): where two phrases share a word, a synonym or a derivation ("charity", "charitable contributions").</summary>
    public required int[] PhraseConcepts { get; init; }
    /// <summary>Root concepts of the clause's and the frame's words (sorted): overlap beyond the words' spelling.</summary>
    public required int[] ContextConcepts { get; init; }
    /// <summary>Index keys (concepts of the measured thing and the predicate, and clause words), sorted, distinct.</summary>
    public required long[] Keys { get; init; }
    /// <summary>Whether the frame's act is a telling ("said Tuesday"): many acts of one story are told on the same day.</summary>
    public required bool Reported { get; init; }
    /// <summary>Whether the figure is written with digits ("Feb. 7", "2014", "$3.6 billion") rather than words alone ("Friday", "three").</summary>
    public required bool Explicit { get; init; }
    /// <summary>The claim's sentence within its article, or -1.</summary>
    public required int LocalSentence { get; init; }
    /// <summary>The concepts a sentence must hold one of to mention it: the measured thing's and the act's roots (<see cref="MentionFinder"/>), sorted.</summary>
    public required int[] Anchors { get; init; }
    /// <summary>A count, rank or span of a dozen or less (<see cref="PairFeatures"/>: two such being equal says little).</summary>
    public required bool Small { get; init; }
    /// <summary>A count or rank that names what it counts right beside it (<see cref="PairFeatures"/>).</summary>
    public required bool Counted { get; init; }
    /// <summary>A figure with no upper bound ("more than 30").</summary>
    public required bool Open { get; init; }
}
