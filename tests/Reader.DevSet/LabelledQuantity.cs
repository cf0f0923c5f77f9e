namespace Reader.DevSet;

/// <summary>
/// One quantity in the world and the claims that state it. Every pair of its claims from different articles is a
/// link: "differs" when listed in <see cref="Differs"/>, "agrees" otherwise. <see cref="MentionedIn"/> are the
/// articles that speak of it with no figure.
/// </summary>
public sealed record LabelledQuantity(
    int Index,
    string What,
    string Kind,
    IReadOnlyList<string> Claims,
    IReadOnlyList<(string A, string B)> Differs,
    IReadOnlyList<string> MentionedIn,
    int Line);
