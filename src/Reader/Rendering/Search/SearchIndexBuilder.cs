using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Claims.Comparison;
using Reader.Markdown.Claims;
using Reader.Markdown.Rendering;
using Reader.Parsing;
using Reader.Pipeline;

namespace Reader.Rendering.Search;

/// <summary>
/// The search index, built at build time and split into small JSON files so the page fetches only what a query
/// needs: <c>search/index.json</c> (the stop words and where each shard starts), term shards
/// <c>search/t/N.json</c> (terms in ordinal order, each with its postings) and document shards
/// <c>search/d/N.json</c> (the texts results show, with their articles). A document is an article's headline
/// (and dek), one of its sentences, or one of its figures; a figure is indexed by what it measures (its frame's
/// measured thing, act and holder) and by its value (<see cref="SearchValues"/>), its words through its sentence.
/// No file exceeds <see cref="MaxShardBytes"/>: a term so common that its postings pass
/// <see cref="MaxPostingBytes"/> keeps the earliest ones in reading order and gives its true document count,
/// so ranking still knows how common it is.
/// </summary>
public sealed class SearchIndexBuilder(PageContext context)
{
    public const string Folder = "search/";
    public const int MaxShardBytes = 200 * 1024;
    /// <summary>Shards are cut once past these sizes: small enough that a query's first result needs little, large enough to keep the file count down.</summary>
    private const int TermShardTarget = 32 * 1024;
    private const int DocumentShardTarget = 16 * 1024;
    /// <summary>
    /// One term's postings stop here: a shard that starts with it still fits, and a word in thousands of documents
    /// (which ranks little) costs a query one small fetch and little work in the page.
    /// </summary>
    private const int MaxPostingBytes = 32 * 1024;

    /// <summary>The index files' JSON: no indentation, and characters written as they are (the files are data, never inlined in a page).</summary>
    internal static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Makes every file of the index and hands them to <paramref name="meter"/> shard by shard.</summary>
    public void Emit(RenderMeter meter)
    {
        var articles = context.Edition.Articles;
        var parts = new ArticleSearchPart[articles.Count];
        meter.Emit(() =>
        {
            ParallelErrors.Unwrap(() => Parallel.For(0, articles.Count, i => parts[i] = Index(i, articles[i])));
            return [];
        });

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var documentStarts = new List<int>();
        var shard = new DocumentShard();
        int next = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            parts[i] = null!;
            int first = next;
            meter.Emit(() =>
            {
                foreach (var (term, pairs) in part.Postings)
                {
                    if (!postings.TryGetValue(term, out var all)) postings[term] = all = [];
                    for (int p = 0; p < pairs.Count; p += 2)
                    {
                        all.Add(first + pairs[p]);
                        all.Add(pairs[p + 1]);
                    }
                }
                var files = new List<SiteFile>();
                for (int d = 0; d < part.Documents.Count; d++)
                {
                    if (shard.Bytes >= DocumentShardTarget || (shard.Count > 0 && shard.Bytes + part.Documents[d].Length > MaxShardBytes - 2048))
                    {
                        files.Add(shard.File(documentStarts.Count - 1));
                        shard = new DocumentShard();
                    }
                    if (shard.Count == 0) documentStarts.Add(first + d);
                    shard.Add(i, articles[i], context.Urls, part.Documents[d]);
                }
                return files;
            });
            next += part.Documents.Count;
        }
        if (shard.Count > 0) meter.Emit(() => [shard.File(documentStarts.Count - 1)]);

        var termStarts = new List<string>();
        meter.Emit(() => TermShards(postings, next, termStarts).ToList());
        meter.Emit(() => [Manifest(termStarts, documentStarts, next)]);
    }

    /// <summary>Title, sentences and figures of one article, as documents with their postings.</summary>
    private ArticleSearchPart Index(int articleIndex, Article article)
    {
        var part = new ArticleSearchPart();
        var comparison = context.Edition.Comparison;
        var heading = article.Meta.Dek is { Length: > 0 } dek ? article.Meta.Title + " — " + dek : article.Meta.Title;
        part.Documents.Add(Document(w => { w.WriteNumberValue(0); w.WriteNumberValue(articleIndex); w.WriteStringValue(heading); }));
        foreach (var token in SearchAnalyzer.Tokens(heading)) part.Add(token.Term, 0, token.Position + 1);

        // The claims the page shows: a figure the editors ruled is not a claim is found as the sentence's words only.
        var claimsBySentence = context.Edition.ClaimsOf(article).ToLookup(c => c.SentenceId, StringComparer.Ordinal);
        foreach (var sentence in article.Annotations.Sentences)
        {
            int sentenceDocument = part.Documents.Count;
            part.Documents.Add(Document(w => { w.WriteNumberValue(1); w.WriteNumberValue(articleIndex); w.WriteStringValue(sentence.Id); w.WriteStringValue(sentence.Text); }));
            foreach (var token in SearchAnalyzer.Tokens(sentence.Text)) part.Add(token.Term, sentenceDocument, token.Position + 1);
            int k = 0;
            foreach (var claim in claimsBySentence[sentence.Id])
            {
                k++;
                int document = part.Documents.Count;
                var (glyph, verdict) = Verdict(comparison.For(claim.ClaimId));
                int offset = k;
                part.Documents.Add(Document(w =>
                {
                    w.WriteNumberValue(2); w.WriteNumberValue(articleIndex); w.WriteStringValue(claim.Anchor);
                    w.WriteStringValue(claim.Claim.Text); w.WriteStringValue(glyph); w.WriteStringValue(verdict); w.WriteNumberValue(offset);
                }));
                foreach (var term in FigureTerms(claim)) part.Add(term, document, -offset);
            }
        }
        return part;
    }

    /// <summary>What a figure measures (frame: thing, act, holder; the counted unit) and its value, each term once.</summary>
    private static IEnumerable<string> FigureTerms(AnnotatedClaim claim)
    {
        var frame = claim.Claim.Frame;
        var words = string.Join(" ", frame.MeasureText, frame.PredicateText, frame.Holder,
            claim.Claim.Unit.All(char.IsLetter) ? claim.Claim.Unit : "");
        return SearchAnalyzer.Tokens(words).Select(t => t.Term).Concat(SearchValues.Of(claim.Claim)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The note's verdict: its glyph (✓, ≠ or ○) and its words.</summary>
    private static (string Glyph, string Words) Verdict(ClaimComparison comparison)
    {
        if (comparison.Total == 0) return ("○", "○ Only this article gives this figure.");
        var words = Markdown.Claims.AnnotatedParagraphRenderer.Verdict(new ClaimNote([], comparison.AgreeCount, comparison.DifferCount, comparison.MentionCount, 0, null));
        return (comparison.DifferCount > 0 ? "≠" : comparison.AgreeCount > 0 ? "✓" : "○", words);
    }

    private static byte[] Document(Action<Utf8JsonWriter> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartArray();
            fields(writer);
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Terms in ordinal order (as the page's script compares them), cut into shards; <paramref name="starts"/> gets each shard's first term.</summary>
    private static IEnumerable<SiteFile> TermShards(Dictionary<string, List<int>> postings, int documentCount, List<string> starts)
    {
        var terms = postings.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>(TermShardTarget * 2);
        Utf8JsonWriter? writer = null;
        foreach (var term in terms)
        {
            if (writer is not null && writer.BytesCommitted + writer.BytesPending >= TermShardTarget)
            {
                yield return Close(writer, buffer, starts.Count - 1);
                writer = null;
            }
            if (writer is null)
            {
                buffer.ResetWrittenCount();
                writer = new Utf8JsonWriter(buffer, Compact);
                writer.WriteStartObject();
                starts.Add(term);
            }
            WritePostings(writer, term, postings[term]);
        }
        if (writer is not null) yield return Close(writer, buffer, starts.Count - 1);
        if (starts.Count == 0) starts.Add("");
    }

    private static SiteFile Close(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, int number)
    {
        writer.WriteEndObject();
        writer.Flush();
        writer.Dispose();
        return new SiteFile($"{Folder}t/{number}.json", buffer.WrittenSpan.ToArray());
    }

    /// <summary>"term": [documents holding it, first document, code, gap to the next document, code, …].</summary>
    private static void WritePostings(Utf8JsonWriter writer, string term, List<int> pairs)
    {
        int documents = 0, previous = -1;
        for (int p = 0; p < pairs.Count; p += 2)
            if (pairs[p] != previous) { documents++; previous = pairs[p]; }
        writer.WritePropertyName(term);
        writer.WriteStartArray();
        writer.WriteNumberValue(documents);
        long start = writer.BytesCommitted + writer.BytesPending;
        previous = 0;
        for (int p = 0; p < pairs.Count; p += 2)
        {
            // Cut between documents only, so a document's positions stay whole.
            if (pairs[p] != previous && writer.BytesCommitted + writer.BytesPending - start > MaxPostingBytes) break;
            writer.WriteNumberValue(pairs[p] - previous);
            writer.WriteNumberValue(pairs[p + 1]);
            previous = pairs[p];
        }
        writer.WriteEndArray();
    }

    private SiteFile Manifest(List<string> termStarts, List<int> documentStarts, int documentCount)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteNumber("documents", documentCount);
            writer.WriteString("prefix", SearchValues.Prefix.ToString());
            writer.WriteStartArray("stop");
            foreach (var word in SearchAnalyzer.StopWords) writer.WriteStringValue(word);
            writer.WriteEndArray();
            writer.WriteStartArray("terms");
            foreach (var term in termStarts) writer.WriteStringValue(term);
            writer.WriteEndArray();
            writer.WriteStartArray("docs");
            foreach (var start in documentStarts) writer.WriteNumberValue(start);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return new SiteFile(Folder + "index.json", buffer.WrittenSpan.ToArray());
    }
}
