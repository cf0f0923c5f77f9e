using Reader.Markdown.Claims;
using Reader.Parsing;

namespace Reader.Rendering.Figures;

/// <summary>One article's figure on a subject: the article and its annotated claim.</summary>
public sealed record FigureReport(Article Article, AnnotatedClaim Claim);
