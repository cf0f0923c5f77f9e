using Reader.Markdown.Claims;

namespace Reader.DevSet;

/// <summary>A claim the engine found, placed in the labels' terms: its article's label id and its offset in the body.</summary>
public sealed record ExtractedClaim(AnnotatedClaim Claim, string Article, int Start, string Sentence)
{
    public int End => Start + Claim.Claim.Text.Length;
}
