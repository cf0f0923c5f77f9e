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
/// Linear in the article's length: sentences longer than <see cref="AnnotationLimits.MaxSentenceLength"/> are cut
/// into windows, long paragraphs reach the extractor in pieces, and at most
/// <see cref="AnnotationLimits.MaxClaimsPerArticle"/> figures are annotated (<see cref="ArticleAnnotations.ClaimLimitLine"/> says where it stopped).
/// </summary>
public sealed class ClaimAnnotator(ClaimExtractor extractor, AnnotationLimits? limits = null)
{
    private readonly AnnotationLimits limits = limits ?? AnnotationLimits.Default;

    public ArticleAnnotations Annotate(MarkdownDocument document, string articleId, DateOnly? published)
    {
        var result = new ArticleAnnotations();
        var citationCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new ContentAnchors();
        foreach (var block in document.Descendants<LeafBlock>().Where(b => b.Inline is not null).ToList())
        {
            var flat = ParagraphText.Of(block.Inline!);
            var sentences = SentencesOf(flat, anchors);
            var texts = new List<string>(sentences.Count);
            foreach (var (span, id) in sentences)
            {
                texts.Add(flat.Readable(span));
                result.Sentences.Add(new AnnotatedSentence(id, texts[^1]));
            }

            AnchorCitations(flat, sentences, texts, citationCounts, result, block.Line);

            // Headings are labels, not statements: their sentences are anchored but not footnoted.
            bool cut = false;
            var claims = block is ParagraphBlock ? ClaimsToWrap(flat, sentences, published, limits.MaxClaimsPerArticle - result.Claims.Count, out cut) : [];
            if (cut) result.ClaimLimitLine ??= block.Line;
            var wrapped = Rewrite(flat, sentences, claims, articleId, anchors, result);
            if (wrapped.Count > 0) WrapWithNotes((ParagraphBlock)block, wrapped);
        }
        return result;
    }

    private List<(TextSpan Span, string Id)> SentencesOf(ParagraphText flat, ContentAnchors anchors)
    {
        var text = flat.Text;
        var list = new List<(TextSpan, string)>();
        foreach (var span in SplitAroundMarkers(flat).SelectMany(span => Windows(span, text)))
        {
            // A lone placeholder after a full stop ("… Spain. [abcdef12]") belongs to the sentence before it.
            if (!HasWords(span.Of(text)) && list.Count > 0) continue;
            list.Add((span, anchors.Sentence(flat.Readable(span))));
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

    /// <summary>
    /// A sentence longer than the limit, cut into windows at the last space before it (or, in a run without
    /// spaces, at the limit, never between the halves of a surrogate pair).
    /// </summary>
    private IEnumerable<TextSpan> Windows(TextSpan span, string text)
    {
        int start = span.Start, end = span.End, max = limits.MaxSentenceLength;
        while (end - start > max)
        {
            int cut = text.LastIndexOf(' ', start + max - 1, max - 1);
            if (cut <= start) cut = start + max;
            if (char.IsLowSurrogate(text[cut])) cut--;
            yield return new TextSpan(start, cut - start);
            start = cut;
            while (start < end && text[start] == ' ') start++;
        }
        if (end > start) yield return new TextSpan(start, end - start);
    }

    private static bool HasWords(string s)
    {
        foreach (var c in s) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>The index of the last sentence starting at or before <paramref name="position"/> (the first when none does); -1 when there are none.</summary>
    private static int SentenceAt(List<(TextSpan Span, string Id)> sentences, int position)
    {
        int low = 0, high = sentences.Count - 1, found = sentences.Count > 0 ? 0 : -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (sentences[middle].Span.Start <= position) { found = middle; low = middle + 1; }
            else high = middle - 1;
        }
        return found;
    }

    private static void AnchorCitations(ParagraphText flat, List<(TextSpan Span, string Id)> sentences, List<string> texts,
        Dictionary<string, int> counts, ArticleAnnotations result, int blockLine)
    {
        foreach (var segment in flat.Segments)
        {
            if (segment.Node is not SourceMarkerInline marker) continue;
            int at = SentenceAt(sentences, segment.Start);
            var sentenceId = at >= 0 ? sentences[at].Id : "";
            var sentence = at >= 0 ? texts[at] : "";
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

    /// <summary>Claims whose words lie inside one literal (so they can be wrapped), without overlaps, at most <paramref name="budget"/>.</summary>
    /// <param name="cut">Set when the paragraph had more figures than the budget allowed.</param>
    private List<Claim> ClaimsToWrap(ParagraphText flat, List<(TextSpan Span, string Id)> sentences, DateOnly? published, int budget, out bool cut)
    {
        var chosen = new List<Claim>();
        cut = false;
        int end = -1;
        foreach (var piece in ExtractionPieces(flat.Text.Length, sentences))
        {
            if (chosen.Count >= budget) { cut = true; break; }
            var text = piece.Start == 0 && piece.Length == flat.Text.Length ? flat.Text : piece.Of(flat.Text);
            foreach (var found in extractor.Extract(text, published).OrderBy(c => c.Start))
            {
                var claim = piece.Start == 0 ? found : found with { Start = found.Start + piece.Start };
                if (claim.Start < end) continue;
                var segment = flat.LiteralHolding(claim.Start, claim.End);
                if (segment is null) continue;
                if (chosen.Count >= budget) { cut = true; break; }
                chosen.Add(claim);
                end = claim.End;
            }
        }
        return chosen;
    }

    /// <summary>
    /// The paragraph as the extractor reads it: whole, as always for real text; a longer one in pieces of whole
    /// sentences (windows, for a sentence without end) up to the limit, so the extractor's work per figure, which
    /// reads the figure's sentence, stays bounded.
    /// </summary>
    private IEnumerable<TextSpan> ExtractionPieces(int length, List<(TextSpan Span, string Id)> sentences)
    {
        if (length <= limits.MaxExtractionLength || sentences.Count == 0)
        {
            yield return new TextSpan(0, length);
            yield break;
        }
        int start = 0;
        for (int i = 1; i < sentences.Count; i++)
        {
            int next = sentences[i].Span.Start;
            // Sentences are at most MaxSentenceLength long, so a piece cut here stays under MaxExtractionLength.
            if (next - start > limits.MaxExtractionLength - limits.MaxSentenceLength)
            {
                yield return new TextSpan(start, next - start);
                start = next;
            }
        }
        yield return new TextSpan(start, length - start);
    }

    private static List<ClaimInline> Rewrite(ParagraphText flat, List<(TextSpan Span, string Id)> sentences,
        List<Claim> claims, string articleId, ContentAnchors names, ArticleAnnotations result)
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
                int at = SentenceAt(sentences, claim.Start);
                var sentenceId = at >= 0 ? sentences[at].Id : "";
                var anchor = names.Claim(claim.Text, sentenceId);
                var node = new ClaimInline
                {
                    Claim = claim,
                    Number = number,
                    Anchor = anchor,
                    ClaimId = ContentAnchors.EditionId(articleId, anchor),
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
