namespace Reader.Tests.Site;

/// <summary>The seeds built with --base-url /sub/path/.</summary>
public sealed class SubPathSite() : SeedSite("/sub/path/");
