namespace Reader.Rendering.Views;

public sealed record CitationView(string ArticleTitle, string Href, string Sentence);
