namespace Reader.Tests.Checking;

public sealed class FragmentRuleTests
{
    [Fact]
    public void Same_page_fragment_without_target_is_broken()
    {
        using var site = new TempSite().With("articles/x/index.html", Html.Page("<p id=\"n2\">x</p><a href=\"#n3\">3</a>"));

        Assert.Equal(["articles/x/index.html: <a href=\"#n3\"> broken-fragment: no element with id \"n3\""], site.Check());
    }

    [Fact]
    public void Cross_page_fragment_is_checked_in_the_target_page()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("<a href=\"b/#intro\">b</a><p id=\"intro\">here, not there</p>"))
            .With("b/index.html", Html.Page(""));

        Assert.Equal(["index.html: <a href=\"b/#intro\"> broken-fragment: no element with id \"intro\" in b/index.html"], site.Check());
    }

    [Fact]
    public void Name_only_counts_on_anchors()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("<a name=\"ok\"></a><div name=\"nope\"></div><a href=\"#ok\">1</a><a href=\"#nope\">2</a>"));

        Assert.Equal(["index.html: <a href=\"#nope\"> broken-fragment: no element with id \"nope\""], site.Check());
    }

    [Fact]
    public void Fragments_into_non_html_files_are_not_checked()
    {
        using var site = new TempSite()
            .With("doc.pdf", "")
            .With("index.html", Html.Page("<a href=\"doc.pdf#page=2\">pdf</a>"));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void Text_fragment_directive_is_not_an_id()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<p id=\"a\"></p><a href=\"#:~:text=Heading\">1</a><a href=\"#a:~:text=x\">2</a><a href=\"#b:~:text=x\">3</a>"));

        Assert.Equal(["index.html: <a href=\"#b:~:text=x\"> broken-fragment: no element with id \"b\""], site.Check());
    }
}
