namespace Reader.Browser.Tests.Support;

/// <summary>The page types of a built edition.</summary>
public enum PageKind { Front, Article, Sources, Comparison, Changes, NotFound }
