namespace Reader.Browser.Tests.Support;

/// <summary>The page types of a built edition.</summary>
/// <remarks>Timeline, Browse, BrowseIndex and DatedArticle are pages of tests/editions/dated; the rest are the seeds'.</remarks>
public enum PageKind { Front, Article, Sources, Comparison, Changes, NotFound, Digest, Search, BrowseIndex, Browse, Timeline, DatedArticle }
