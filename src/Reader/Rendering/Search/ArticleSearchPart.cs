namespace Reader.Rendering.Search;

/// <summary>
/// One article's share of the search index, made in parallel with the others: its documents, as JSON, in
/// order (title, then each sentence followed by its figures), and its postings by term as (document, code)
/// pairs over the article's own document numbers. Codes: a word at position p is p + 1; a figure matched by
/// what it measures or by its value is −k, k being how many documents after its sentence it stands.
/// </summary>
internal sealed class ArticleSearchPart
{
    public List<byte[]> Documents { get; } = [];
    public Dictionary<string, List<int>> Postings { get; } = new(StringComparer.Ordinal);

    public void Add(string term, int document, int code)
    {
        if (!Postings.TryGetValue(term, out var list)) Postings[term] = list = [];
        list.Add(document);
        list.Add(code);
    }
}
