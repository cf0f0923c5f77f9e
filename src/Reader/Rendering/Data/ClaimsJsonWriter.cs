using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Analysis;
using Reader.Claims.Model;
using Reader.Rendering;

namespace Reader.Rendering.Data;

/// <summary>
/// output/claims.json: every article, source, claim and comparison, machine-readable (shape in the
/// README). Streamed, and each claim lists only its nearest comparisons plus a count of the rest, so
/// the file grows with the number of claims, never with their pairs. Each sentence a claim or citation stands in
/// is written once, in its article's "sentences"; claims and citations name it by "sentenceAnchor" — a long
/// sentence with many figures would otherwise be written once per figure. Comparisons are as the editors' verdicts
/// leave them; the figures ruled not claims and every verdict with what became of it come last, so the next
/// build can tell what changed and <c>reader check</c> can warn about stale verdicts.
/// </summary>
public static class ClaimsJsonWriter
{
    public static byte[] Write(Edition edition, SiteUrls urls)
    {
        using var stream = new MemoryStream();
        Write(edition, urls, stream);
        return stream.ToArray();
    }

    /// <summary>Writes straight into <paramref name="stream"/>: at 10,000 articles the file is ~170 MB, too big to buffer.</summary>
    public static void Write(Edition edition, SiteUrls urls, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("edition", edition.Title);
            json.WriteStartArray("articles");
            foreach (var a in edition.Articles)
            {
                json.WriteStartObject();
                json.WriteString("id", a.Id);
                json.WriteString("title", a.Meta.Title);
                json.WriteString("path", urls.Article(a));
                WriteNullable(json, "published", a.Meta.Published is { } p ? DateFormat.Iso(p) : null);
                WriteNullable(json, "outlet", a.Meta.Outlet);
                WriteSentences(json, a);
                json.WriteEndObject();
                if (json.BytesPending > 1 << 16) json.Flush();
            }
            json.WriteEndArray();

            json.WriteStartArray("sources");
            foreach (var s in edition.Sources.Sources)
            {
                json.WriteStartObject();
                json.WriteString("id", s.Id);
                json.WriteNumber("number", s.Number);
                json.WriteString("title", s.DisplayTitle);
                WriteNullable(json, "url", s.Entry?.Url);
                json.WriteBoolean("registered", s.Entry is not null);
                json.WriteStartArray("citations");
                foreach (var c in s.Citations)
                {
                    json.WriteStartObject();
                    json.WriteString("article", c.Article.Id);
                    json.WriteString("anchor", c.Anchor);
                    json.WriteString("sentenceAnchor", c.SentenceId);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("claims");
            foreach (var a in edition.Articles)
            {
                foreach (var c in edition.ClaimsOf(a))
                {
                    WriteClaim(json, edition, a, c);
                    // Utf8JsonWriter buffers everything until flushed: flush as we go so memory stays flat.
                    if (json.BytesPending > 1 << 16) json.Flush();
                }
            }
            json.WriteEndArray();
            WriteNotClaims(json, edition);
            WriteVerdicts(json, edition);
            json.WriteEndObject();
        }
    }

    /// <summary>The figures the editors ruled are not claims: "id", "article", "text", "sentenceAnchor", "note".</summary>
    private static void WriteNotClaims(Utf8JsonWriter json, Edition edition)
    {
        json.WriteStartArray("notClaims");
        foreach (var a in edition.Articles)
            foreach (var c in a.Annotations.Claims)
            {
                if (edition.Verdicts.NotAClaim(c.ClaimId) is not { } verdict) continue;
                json.WriteStartObject();
                json.WriteString("id", c.ClaimId);
                json.WriteString("article", a.Id);
                json.WriteString("text", c.Claim.Text);
                json.WriteString("sentenceAnchor", c.SentenceId);
                WriteNullable(json, "note", verdict.Note);
                json.WriteEndObject();
            }
        json.WriteEndArray();
    }

    /// <summary>Every verdict of edition.yml, where it is written and what became of it ("applied", "stale", "notMade").</summary>
    private static void WriteVerdicts(Utf8JsonWriter json, Edition edition)
    {
        json.WriteStartArray("verdicts");
        foreach (var outcome in edition.Verdicts.Outcomes)
        {
            var v = outcome.Verdict;
            json.WriteStartObject();
            json.WriteString("verdict", Verdicts.Verdict.KeyOf(v.Kind));
            json.WriteString("claim", v.Claim);
            WriteNullable(json, "other", v.Other);
            WriteNullable(json, "relation", v.Relation is { } relation ? EditionResolver.Relation(relation) : null);
            WriteNullable(json, "note", v.Note);
            // The file as the input folder names it: claims.json is published, and the same input must give the same file from any folder.
            json.WriteString("file", Path.GetFileName(v.File));
            json.WriteNumber("line", v.Line);
            json.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(outcome.Status.ToString()));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>The sentences the article's claims and citations stand in, each once, in page order: "anchor" and "text".</summary>
    private static void WriteSentences(Utf8JsonWriter json, Parsing.Article article)
    {
        var cited = article.Annotations.Claims.Select(c => c.SentenceId)
            .Concat(article.Annotations.Citations.Select(c => c.SentenceId))
            .ToHashSet(StringComparer.Ordinal);
        json.WriteStartArray("sentences");
        foreach (var s in article.Annotations.Sentences)
        {
            // The first sentence of an anchor, should two share one.
            if (!cited.Remove(s.Id)) continue;
            json.WriteStartObject();
            json.WriteString("anchor", s.Id);
            json.WriteString("text", s.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteClaim(Utf8JsonWriter json, Edition edition, Parsing.Article article, Markdown.Claims.AnnotatedClaim c)
    {
        var claim = c.Claim;
        json.WriteStartObject();
        json.WriteString("id", c.ClaimId);
        json.WriteString("article", article.Id);
        json.WriteString("text", claim.Text);
        json.WriteString("sentenceAnchor", c.SentenceId);
        json.WriteString("kind", claim.Kind.ToString().ToLowerInvariant());
        if (claim.Value.Iso is { } iso && claim.Kind is ClaimKind.Date or ClaimKind.Tally) json.WriteString("value", iso);
        else if (claim.Value.Low is { } low) json.WriteNumber("value", low);
        else if (claim.Value.Iso is { } other) json.WriteString("value", other);
        else json.WriteNull("value");
        if (claim.Value.IsRange && claim.Value.High is { } high) json.WriteNumber("high", high);
        json.WriteString("unit", claim.Unit);
        WriteNullable(json, "qualifier", Symbol(claim.Qualifier));
        json.WriteString("subject", claim.Subject.Label);
        json.WriteString("normalised", claim.Normalised);
        json.WriteString("anchor", c.Anchor);
        FrameJson.Write(json, claim.Frame);
        var comparison = edition.Comparison.For(c.ClaimId);
        json.WriteStartArray("comparisons");
        foreach (var e in comparison.Nearest)
        {
            json.WriteStartObject();
            json.WriteString("relation", EditionResolver.Relation(e.Relation));
            json.WriteString("article", e.ArticleId);
            WriteNullable(json, "claim", e.ClaimId);
            json.WriteString("sentenceAnchor", e.SentenceId);
            json.WriteString("excerpt", e.Excerpt);
            json.WriteString("why", e.Why);
            var check = edition.Verdicts.CheckOf(c.ClaimId, Verdicts.EditionRef.TargetOf(e));
            WriteNullable(json, "verdict", check is null ? null : check.Kind == Verdicts.VerdictKind.Add ? "added" : "confirmed");
            WriteNullable(json, "note", check?.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("comparisonsNotShown", comparison.NotShown);
        json.WriteEndObject();
    }

    /// <summary>CoreNLP's qualifier vocabulary.</summary>
    public static string? Symbol(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approximately => "~",
        Qualifier.MoreThan => ">",
        Qualifier.AtLeast => ">=",
        Qualifier.UpTo => "<=",
        Qualifier.LessThan => "<",
        _ => null,
    };

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
