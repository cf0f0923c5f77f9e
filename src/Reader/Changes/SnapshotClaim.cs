namespace Reader.Changes;

/// <summary>One claim as builds are compared: its id, article, words, kind, normalised value, subject and sentence.</summary>
public sealed record SnapshotClaim(string Id, string Article, string Text, string Kind, string Normalised, string Subject, string Sentence)
{
    /// <summary>The sentence with the figure's words taken out: equal for a figure changed in an otherwise unchanged sentence.</summary>
    public string Frame
    {
        get
        {
            int at = Text.Length == 0 ? -1 : Sentence.IndexOf(Text, StringComparison.Ordinal);
            return at < 0 ? Sentence : string.Concat(Sentence.AsSpan(0, at), "\u0000", Sentence.AsSpan(at + Text.Length));
        }
    }
}
