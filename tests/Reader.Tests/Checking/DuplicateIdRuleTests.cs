namespace Reader.Tests.Checking;

public sealed class DuplicateIdRuleTests
{
    [Fact]
    public void Second_use_of_an_id_is_reported_once()
    {
        using var site = new TempSite().With("index.html", Html.Page("<h2 id=\"a\">1</h2><p id=\"b\"></p><p id=\"a\">2</p>"));

        Assert.Equal(["index.html: <p id=\"a\"> duplicate-id: id \"a\" is already used by <h2 id=\"a\">"], site.Check());
    }

    [Fact]
    public void Same_id_on_different_pages_is_fine()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("<p id=\"a\"></p>"))
            .With("b.html", Html.Page("<p id=\"a\"></p>"));

        Assert.Empty(site.Check());
    }
}
