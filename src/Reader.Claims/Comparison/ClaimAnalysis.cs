using Reader.Claims.Text;

namespace Reader.Claims.Comparison;

/// <summary>One claim's comparable parts, before interning: key, head, subject, local and near terms.</summary>
internal sealed record ClaimAnalysis(string Key, string Head, IReadOnlyList<string> Terms, IReadOnlyList<string> Local, string Event, IReadOnlyList<string> Near, IReadOnlyList<string> NearNames)
{
    public static ClaimAnalysis Of(ClaimInput input, string sentence, IReadOnlyList<string> sentenceTerms, TermPool pool)
    {
        var claim = input.Claim;
        string key = ComparabilityKey.Of(claim);
        // The figure's own words ("billion", "March") are the value, not the subject.
        var figure = new HashSet<string>(TermExtractor.Terms(claim.Text), StringComparer.Ordinal);
        var subject = claim.Subject.Terms.Count > 0 ? claim.Subject.Terms : sentenceTerms;
        // Counts carry their counted noun in the key; other kinds may still name an event ("strike").
        string head = claim.Kind is Model.ClaimKind.Count or Model.ClaimKind.Ordinal
            ? key[(key.IndexOf('|') + 1)..]
            : TermExtractor.Terms(claim.Subject.Head) is { Count: > 0 } h ? h[^1] : "";
        var terms = subject.Where(t => !figure.Contains(t)).ToList();
        if (head != "" && !terms.Contains(head)) terms.Add(head);
        var (local, eventWord) = LocalTerms.Around(sentence, claim.Text, head);
        var near = LocalTerms.Near(sentence, claim.Text);
        return new ClaimAnalysis(key, head, pool.Share(terms), pool.Share(local), eventWord,
            pool.Share(near), pool.Share(LocalTerms.NamesNear(sentence, near)));
    }
}
