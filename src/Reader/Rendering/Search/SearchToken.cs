namespace Reader.Rendering.Search;

/// <summary>A term of the search index and its position in its text (stop words count, as in a Lucene phrase query).</summary>
public readonly record struct SearchToken(string Term, int Position);
