namespace Reader.Rendering.Caching;

/// <summary>What another page prints about an article when it links to it: its title and its slug.</summary>
public readonly record struct ArticleLink(string Title, string Slug);
