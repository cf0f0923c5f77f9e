using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Reader.Parsing;

namespace Reader.Rendering.Search;

/// <summary>
/// One file of search documents: <c>{"articles": {"12": [headline, href, outlet, date]}, "docs": [[…], …]}</c>,
/// documents in number order from the shard's first, and each article they belong to, so a result needs
/// one fetch. Documents are <c>[0, article, headline]</c>, <c>[1, article, sentence anchor, sentence]</c> and
/// <c>[2, article, figure anchor, figure's words, verdict glyph, verdict, documents back to its sentence]</c>.
/// </summary>
internal sealed class DocumentShard
{
    private readonly List<byte[]> documents = [];
    private readonly SortedDictionary<int, byte[]> articles = [];

    public int Count => documents.Count;
    public long Bytes { get; private set; }

    public void Add(int articleIndex, Article article, SiteUrls urls, byte[] document)
    {
        if (!articles.ContainsKey(articleIndex))
        {
            var entry = ArticleEntry(article, urls);
            articles[articleIndex] = entry;
            Bytes += entry.Length + 8;
        }
        documents.Add(document);
        Bytes += document.Length + 1;
    }

    public SiteFile File(int number)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Bytes + 64);
        using (var writer = new Utf8JsonWriter(buffer, SearchIndexBuilder.Compact))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("articles");
            foreach (var (index, entry) in articles)
            {
                writer.WritePropertyName(index.ToString(CultureInfo.InvariantCulture));
                writer.WriteRawValue(entry, skipInputValidation: true);
            }
            writer.WriteEndObject();
            writer.WriteStartArray("docs");
            foreach (var document in documents) writer.WriteRawValue(document, skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return new SiteFile($"{SearchIndexBuilder.Folder}d/{number}.json", buffer.WrittenSpan.ToArray());
    }

    private static byte[] ArticleEntry(Article article, SiteUrls urls)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, SearchIndexBuilder.Compact))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(article.Meta.Title);
            writer.WriteStringValue(urls.Article(article));
            if (article.Meta.Outlet is { Length: > 0 } outlet) writer.WriteStringValue(outlet); else writer.WriteNullValue();
            if (article.Meta.Published is { } date) writer.WriteStringValue(DateFormat.Short(date)); else writer.WriteNullValue();
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
