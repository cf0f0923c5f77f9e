using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reader.Claims.Extraction;
using Reader.Claims.Model;
using Reader.Claims.Text;
using Reader.Markdown.SourceMarkers;

namespace Reader.Markdown.Claims;

/// <summary>
/// Finds the sentences, claims and citations of a parsed article and marks them in its tree:
/// a <see cref="SentenceAnchorInline"/> at each sentence start, a <see cref="ClaimInline"/> around
/// each claim's words, citation anchors on each marker, and an <see cref="AnnotatedParagraphBlock"/>
/// around each paragraph that has notes. Holds no per-document state, so one instance serves all threads.
/// </summary>
public sealed class ClaimAnnotator(ClaimExtractor extractor)
{
    public ArticleAnnotations Annotate(MarkdownDocument document, string articleId, DateOnly? published)
    {
        var result = new ArticleAnnotations();
        var citationCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        int paragraphNumber = 0;
        foreach (var block in document.Descendants<LeafBlock>().Where(b => b.Inline is not null).ToList())
        {
            paragraphNumber++;
            var flat = ParagraphText.Of(block.Inline!);
            var sentences = SentencesOf(flat, paragraphNumber);
            foreach (var (span, id) in sentences)
                result.Sentences.Add(new AnnotatedSentence(id, flat.Readable(span)));

            AnchorCitations(flat, sentences, citationCounts, result, block.Line);

            // Headings are labels, not statements: their sentences are anchored but not footnoted.
            var claims = block is ParagraphBlock ? ClaimsToWrap(flat, published) : [];
            var wrapped = Rewrite(flat, sentences, claims, articleId, result);
            if (wrapped.Count > 0) WrapWithNotes((ParagraphBlock)block, wrapped);
        }
        return result;
    }

    private static List<(TextSpan Span, string Id)> SentencesOf(ParagraphText flat, int paragraphNumber)
    {
        var text = flat.Text;
        var list = new List<(TextSpan, string)>();
        foreach (var span in SplitAroundMarkers(flat))
        {
            // A lone placeholder after a full stop ("… Spain. [abcdef12]") belongs to the sentence before it.
            if (!HasWords(span.Of(text)) && list.Count > 0) continue;
            var id = string.Create(CultureInfo.InvariantCulture, $"s{paragraphNumber}-{list.Count + 1}");
            list.Add((span, id));
        }
        return list;
    }

    /// <summary>
    /// Sentences, with each source marker kept in the sentence it follows. The splitter ends a sentence
    /// only before a capital, a digit or an opening bracket, so a marker's placeholder is shown to it as
    /// the "[" it was ("… agreed. [abcdef12] Then …" is two sentences); markers that then open a sentence
    /// are handed back to the one before.
    /// </summary>
    private static List<TextSpan> SplitAroundMarkers(ParagraphText flat)
    {
        var text = flat.Text;
        var markers = flat.Segments.Where(s => s.Node is SourceMarkerInline).Select(s => s.Start).ToHashSet();
        var chars = text.ToCharArray();
        foreach (var m in markers) chars[m] = '[';
        var spans = new List<TextSpan>();
        foreach (var span in SentenceSplitter.Split(new string(chars)))
        {
            int start = span.Start, lastMarkerEnd = -1;
            if (spans.Count > 0)
                for (int i = start; i < span.End && (markers.Contains(i) || char.IsWhiteSpace(text[i])); i++)
                {
                    if (markers.Contains(i)) lastMarkerEnd = i + 1;
                    start = i + 1;
                }
            if (lastMarkerEnd > 0)
            {
                var previous = spans[^1];
                spans[^1] = new TextSpan(previous.Start, lastMarkerEnd - previous.Start);
                while (start < span.End && char.IsWhiteSpace(text[start])) start++;
            }
            else start = span.Start;
            if (span.End > start) spans.Add(new TextSpan(start, span.End - start));
        }
        return spans;
    }

    private static bool HasWords(string s)
    {
        foreach (var c in s) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static string? SentenceAt(List<(TextSpan Span, string Id)> sentences, int position)
    {
        string? found = sentences.Count > 0 ? sentences[0].Id : null;
        foreach (var (span, id) in sentences)
        {
            if (span.Start > position) break;
            found = id;
        }
        return found;
    }

    private static void AnchorCitations(ParagraphText flat, List<(TextSpan Span, string Id)> sentences,
        Dictionary<string, int> counts, ArticleAnnotations result, int blockLine)
    {
        foreach (var segment in flat.Segments)
        {
            if (segment.Node is not SourceMarkerInline marker) continue;
            var sentenceId = SentenceAt(sentences, segment.Start) ?? "";
            // The paragraph's own sentences are the last ones added: search from the end.
            var sentence = result.Sentences.FindLast(s => s.Id == sentenceId)?.Text ?? "";
            marker.CitationAnchors = new string[marker.SourceIds.Count];
            for (int i = 0; i < marker.SourceIds.Count; i++)
            {
                var id = marker.SourceIds[i];
                counts[id] = counts.GetValueOrDefault(id) + 1;
                var anchor = string.Create(CultureInfo.InvariantCulture, $"cite-{id}-{counts[id]}");
                marker.CitationAnchors[i] = anchor;
                // Markdig tracks inline lines only with precise source locations; the block's line is always known.
                result.Citations.Add(new AnnotatedCitation(id, anchor, sentenceId, sentence, Math.Max(marker.Line, blockLine)));
            }
        }
    }

    /// <summary>Claims whose words lie inside one literal (so they can be wrapped), without overlaps.</summary>
    private List<Claim> ClaimsToWrap(ParagraphText flat, DateOnly? published)
    {
        var chosen = new List<Claim>();
        int end = -1;
        foreach (var claim in extractor.Extract(flat.Text, published).OrderBy(c => c.Start))
        {
            if (claim.Start < end) continue;
            var segment = flat.Segments.FirstOrDefault(s => s.IsLiteral && s.Start <= claim.Start && claim.End <= s.End);
            if (segment is null) continue;
            chosen.Add(claim);
            end = claim.End;
        }
        return chosen;
    }

    private static List<ClaimInline> Rewrite(ParagraphText flat, List<(TextSpan Span, string Id)> sentences,
        List<Claim> claims, string articleId, ArticleAnnotations result)
    {
        var wrapped = new List<ClaimInline>();
        var anchors = new Queue<(TextSpan Span, string Id)>(sentences);
        var pending = new Queue<Claim>(claims);
        foreach (var segment in flat.Segments)
        {
            if (!segment.IsLiteral)
            {
                while (anchors.Count > 0 && anchors.Peek().Span.Start <= segment.Start)
                    segment.Node.InsertBefore(new SentenceAnchorInline(anchors.Dequeue().Id));
                continue;
            }
            var pieces = new List<Inline>();
            int cursor = segment.Start;
            string text = flat.Text;
            void TakeTextTo(int position)
            {
                if (position > cursor) pieces.Add(new LiteralInline(text[cursor..position]));
                cursor = Math.Max(cursor, position);
            }
            while (true)
            {
                int nextAnchor = anchors.Count > 0 && anchors.Peek().Span.Start < segment.End ? anchors.Peek().Span.Start : int.MaxValue;
                int nextClaim = pending.Count > 0 && pending.Peek().End <= segment.End ? pending.Peek().Start : int.MaxValue;
                if (nextAnchor == int.MaxValue && nextClaim == int.MaxValue) break;
                if (nextAnchor <= nextClaim)
                {
                    TakeTextTo(nextAnchor);
                    pieces.Add(new SentenceAnchorInline(anchors.Dequeue().Id));
                    continue;
                }
                var claim = pending.Dequeue();
                TakeTextTo(claim.Start);
                var number = result.Claims.Count + 1;
                var sentenceId = SentenceAt(sentences, claim.Start) ?? "";
                var node = new ClaimInline
                {
                    Claim = claim,
                    Number = number,
                    ClaimId = string.Create(CultureInfo.InvariantCulture, $"{articleId}-c{number}"),
                };
                node.AppendChild(new LiteralInline(text[claim.Start..claim.End]));
                pieces.Add(node);
                cursor = claim.End;
                wrapped.Add(node);
                result.Claims.Add(new AnnotatedClaim(node.ClaimId, number, node.Anchor, sentenceId, claim) { NoteAnchor = node.NoteAnchor });
            }
            if (pieces.Count == 0) continue;
            TakeTextTo(segment.End);
            foreach (var piece in pieces) segment.Node.InsertBefore(piece);
            segment.Node.Remove();
        }
        return wrapped;
    }

    private static void WrapWithNotes(ParagraphBlock paragraph, List<ClaimInline> notes)
    {
        var parent = paragraph.Parent!;
        int index = parent.IndexOf(paragraph);
        parent.RemoveAt(index);
        var wrapper = new AnnotatedParagraphBlock { Line = paragraph.Line, Span = paragraph.Span };
        wrapper.Notes.AddRange(notes);
        wrapper.Add(paragraph);
        parent.Insert(index, wrapper);
    }
}
