namespace Reader.DevSet;

/// <summary>
/// One thing a claim's note should say: that article <see cref="OtherArticle"/> <see cref="Relation"/> (agrees,
/// differs, mentions). For agrees/differs any of <see cref="Allowed"/> is the right other claim (an article may
/// state the quantity twice); a note names one claim per article.
/// </summary>
public sealed record ExpectedLink(string Claim, string OtherArticle, string Relation, IReadOnlyList<string> Allowed);
