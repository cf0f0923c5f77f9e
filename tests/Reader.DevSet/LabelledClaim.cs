namespace Reader.DevSet;

/// <summary>
/// A figure a careful reader expects a note on: its article, its words (the <see cref="Nth"/> occurrence in the
/// article body), kind and value as labelled. <see cref="Start"/> is its offset in the body.
/// </summary>
public sealed record LabelledClaim(
    string Id,
    string Article,
    string Text,
    int Nth,
    int Start,
    string Kind,
    LabelledValue Value,
    string? Hedge,
    int Quantity,
    int Line)
{
    public int End => Start + Text.Length;
}
