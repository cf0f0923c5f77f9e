namespace Reader.Changes;

/// <summary>A figure named on the changes page: its claim id, article, words, and whether this build still has it (so it can be linked).</summary>
public sealed record FigureRef(string Id, string Article, string ArticleTitle, string Text, bool Current);
