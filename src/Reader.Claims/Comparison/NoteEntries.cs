namespace Reader.Claims.Comparison;

/// <summary>
/// Turns matches into the entries a note shows: related figures first (closest first), then mentions, at most
/// <see cref="CompareOptions.MaxEntriesPerClaim"/> in all, each with its line of evidence (<see cref="WhyLine"/>).
/// </summary>
internal static class NoteEntries
{
    public static List<ComparisonEntry> For(EditionIndex index, int claim, ClaimFindings found, int max)
    {
        var entries = new List<ComparisonEntry>(Math.Min(max, found.Matches.Count + found.Mentions.Count));
        var published = index.Articles[index.ClaimArticle[claim]].Published;
        foreach (var m in found.Matches)
        {
            if (entries.Count >= max) break;
            var other = index.Claims[m.Other];
            int sentence = index.ClaimSentence[m.Other];
            var text = sentence >= 0 ? index.Sentences[sentence].Input.Text : other.Claim.Text;
            entries.Add(Entry(index, m.Relation, index.ClaimArticle[m.Other], other.Input.ClaimId, other.Input.SentenceId,
                other.Claim.Text, ExcerptTrimmer.Trim(text, other.Claim.Text), published, WhyLine.ForMatch(index, claim, m.Other)));
        }
        foreach (var m in found.Mentions)
        {
            if (entries.Count >= max) break;
            var sentence = index.Sentences[m.Other];
            entries.Add(Entry(index, Relation.Mentions, index.SentenceArticle[m.Other], null, sentence.Input.SentenceId,
                null, ExcerptTrimmer.Trim(sentence.Input.Text), published, WhyLine.ForMention(index, claim, m.Other)));
        }
        return entries;
    }

    private static ComparisonEntry Entry(EditionIndex index, Relation relation, int article, string? claimId,
        string sentenceId, string? figure, string excerpt, DateOnly? mine, string why)
    {
        var theirs = index.Articles[article].Published;
        bool known = mine is not null && theirs is not null;
        return new ComparisonEntry(relation, index.Articles[article].ArticleId, claimId, sentenceId, figure, excerpt,
            theirs, known && theirs < mine, known && theirs > mine, why);
    }
}
