namespace Reader.Tests.Checking;

public sealed class DocumentBasicsRuleTests
{
    [Fact]
    public void Missing_lang_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page("", lang: null));

        Assert.Equal(["index.html: <html> missing-lang: <html> has no lang attribute"], site.Check());
    }

    [Fact]
    public void Empty_lang_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page("", lang: " "));

        Assert.Equal(["index.html: <html lang=\" \"> missing-lang: lang attribute is empty"], site.Check());
    }

    [Fact]
    public void Missing_title_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page("", title: null!));

        Assert.Equal(["index.html: <head> missing-title: page has no <title>"], site.Check());
    }

    [Fact]
    public void Blank_title_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page("", title: "  "));

        Assert.Equal(["index.html: <title> missing-title: <title> is empty"], site.Check());
    }

    [Fact]
    public void Svg_title_does_not_count_as_page_title()
    {
        using var site = new TempSite().With("index.html", Html.Page("<svg><title>icon</title></svg>", title: null!));

        Assert.Equal(["index.html: <head> missing-title: page has no <title>"], site.Check());
    }

    [Fact]
    public void Page_without_h1_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page("<h2>Only</h2>", h1: ""));

        Assert.Equal(["index.html: <body> h1-count: page has no <h1>; expected exactly one"], site.Check());
    }

    [Fact]
    public void Page_with_two_h1_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page("<h1 id=\"again\">Again</h1>"));

        Assert.Equal(["index.html: <h1 id=\"again\"> h1-count: page has 2 <h1> elements; expected exactly one"], site.Check());
    }
}
