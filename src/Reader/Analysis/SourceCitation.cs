using Reader.Parsing;

namespace Reader.Analysis;

/// <summary>One place a source is cited: the article, the citation's anchor there, and the sentence.</summary>
public sealed record SourceCitation(Article Article, string Anchor, string SentenceId, string Sentence);
