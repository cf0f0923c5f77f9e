namespace Reader.Claims.Comparison;

/// <summary>
/// Turns matches into the entries a note shows: related figures first (closest subject first), then
/// mentions, at most <see cref="CompareOptions.MaxEntriesPerClaim"/> in all.
/// </summary>
internal static class NoteEntries
{
    public static List<ComparisonEntry> For(EditionIndex index, PreparedClaim claim, ClaimFindings found, int max)
    {
        var entries = new List<ComparisonEntry>(Math.Min(max, found.Matches.Count + found.Mentions.Count));
        var published = index.Articles[claim.Article].Published;
        foreach (var m in found.Matches)
        {
            if (entries.Count >= max) break;
            var other = index.Claims[m.Other];
            var sentence = other.Sentence >= 0 ? index.Sentences[other.Sentence].Input.Text : other.Input.Claim.Text;
            entries.Add(Entry(index, m.Relation, other.Article, other.Input.ClaimId, other.Input.SentenceId,
                other.Input.Claim.Text, ExcerptTrimmer.Trim(sentence, other.Input.Claim.Text), published));
        }
        foreach (var m in found.Mentions)
        {
            if (entries.Count >= max) break;
            var sentence = index.Sentences[m.Other];
            entries.Add(Entry(index, Relation.Mentions, sentence.Article, null, sentence.Input.SentenceId,
                null, ExcerptTrimmer.Trim(sentence.Input.Text), published));
        }
        return entries;
    }

    private static ComparisonEntry Entry(EditionIndex index, Relation relation, int article, string? claimId,
        string sentenceId, string? figure, string excerpt, DateOnly? mine)
    {
        var theirs = index.Articles[article].Published;
        bool known = mine is not null && theirs is not null;
        return new ComparisonEntry(relation, index.Articles[article].ArticleId, claimId, sentenceId, figure, excerpt,
            theirs, known && theirs < mine, known && theirs > mine);
    }
}
