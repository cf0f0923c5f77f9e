namespace Reader.Browser.Tests.Support;

/// <summary>Browser test classes share one site and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "browser";
}
