using Reader.Claims.Model;

namespace Reader.Claims.Extraction;

/// <summary>
/// A figure found in the token stream, before subject and text are attached. Tokens [First, End) are the
/// claim's words, hedge included. [NounFirst, NounEnd) is the phrase that says what is counted or
/// ordered ("U.S. troops stationed in Spain"), empty when the figure has none.
/// </summary>
internal sealed record RawFigure(int First, int End, ClaimKind Kind, ClaimValue Value, string Unit, Qualifier Qualifier)
{
    public int NounFirst { get; init; } = -1;
    public int NounEnd { get; init; } = -1;
    public int HeadToken { get; init; } = -1;
    /// <summary>A time reckoned from publication with no figure of its own ("last year", "this week"): it dates a sentence's other figures but is no claim.</summary>
    public bool Relative { get; init; }
}
