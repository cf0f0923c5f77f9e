using Reader.Parsing;
using Reader.Pipeline;

namespace Reader.Parsing;

/// <summary>An article as last parsed, with the key it was parsed for and the findings parsing reported.</summary>
public sealed record CachedArticle(ParseKey Key, Article Article, IReadOnlyList<Diagnostic> Diagnostics);
