namespace Reader.Tests.Checking;

public sealed class LinkRuleTests
{
    [Fact]
    public void Missing_directory_target_is_a_broken_link()
    {
        using var site = new TempSite().With("index.html", Html.Page("<a href=\"articles/missing/\">x</a>"));

        Assert.Equal(
            ["index.html: <a href=\"articles/missing/\"> broken-link: no file \"articles/missing/index.html\" in the site"],
            site.Check());
    }

    [Fact]
    public void Relative_parent_path_is_resolved_against_the_page_url()
    {
        // "../img/a.png" from articles/x/ means articles/img/a.png, not img/a.png.
        using var site = new TempSite()
            .With("img/a.png", "")
            .With("articles/x/index.html", Html.Page("<img src=\"../img/a.png\" alt=\"\">"));

        Assert.Equal(
            ["articles/x/index.html: <img src=\"../img/a.png\"> broken-link: no file \"articles/img/a.png\" in the site"],
            site.Check());
    }

    [Fact]
    public void Paths_are_case_sensitive_like_the_usual_static_host()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("<a href=\"About/\">x</a>"))
            .With("about/index.html", Html.Page(""));

        Assert.Equal(["index.html: <a href=\"About/\"> broken-link: no file \"About/index.html\" in the site"], site.Check());
    }

    [Theory]
    [InlineData("script", "src")]
    [InlineData("link", "href")]
    [InlineData("iframe", "src")]
    [InlineData("form", "action")]
    [InlineData("area", "href")]
    public void Every_url_attribute_is_checked(string element, string attribute)
    {
        using var site = new TempSite().With("index.html", Html.Page($"<{element} {attribute}=\"gone.x\"></{element}>"));

        Assert.Equal([$"index.html: <{element} {attribute}=\"gone.x\"> broken-link: no file \"gone.x\" in the site"], site.Check());
    }

    [Fact]
    public void Each_srcset_candidate_is_checked()
    {
        using var site = new TempSite()
            .With("a.png", "")
            .With("index.html", Html.Page("<img src=\"a.png\" srcset=\"a.png 1x, b.png 2x\" alt=\"\">"));

        Assert.Equal(
            ["index.html: <img srcset=\"a.png 1x, b.png 2x\"> broken-link: no file \"b.png\" in the site"],
            site.Check());
    }

    [Fact]
    public void Root_relative_link_without_the_base_url_leaves_the_site()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("<a href=\"/articles/x/\">x</a>"))
            .With("articles/x/index.html", Html.Page(""));

        Assert.Empty(site.Check("/"));
        Assert.Equal(
            ["index.html: <a href=\"/articles/x/\"> outside-base-url: \"/articles/x/\" leaves the base URL \"/sub/path/\" the site is served under"],
            site.Check("/sub/path/"));
    }

    [Fact]
    public void Relative_link_climbing_above_the_base_url_leaves_the_site()
    {
        using var site = new TempSite()
            .With("index.html", Html.Page("<a href=\"../other/\">x</a>"));

        Assert.Equal(
            ["index.html: <a href=\"../other/\"> outside-base-url: \"../other/\" leaves the base URL \"/sub/\" the site is served under"],
            site.Check("/sub/"));
    }

    [Fact]
    public void Base_href_can_make_a_link_break()
    {
        // The same href passes without <base>; with it the browser goes to /nowhere/about/.
        using var site = new TempSite()
            .With("index.html", Html.Page("<a href=\"about/\">x</a>", head: "<base href=\"/nowhere/\">"))
            .With("about/index.html", Html.Page(""));

        Assert.Equal(
            ["index.html: <a href=\"about/\"> broken-link: no file \"nowhere/about/index.html\" in the site"],
            site.Check());
    }

    [Fact]
    public void Unparseable_url_is_malformed()
    {
        using var site = new TempSite().With("index.html", Html.Page("<a href=\"http://[oops/\">x</a>"));

        Assert.Equal(["index.html: <a href=\"http://[oops/\"> malformed-url: \"http://[oops/\" is not a valid URL"], site.Check());
    }

    [Fact]
    public void Meta_refresh_target_is_checked()
    {
        using var site = new TempSite()
            .With("new/index.html", Html.Page(""))
            .With("old/index.html", Html.Page("", head: "<meta http-equiv=\"refresh\" content=\"0; url='../new/'\">"))
            .With("older/index.html", Html.Page("", head: "<meta http-equiv=\"Refresh\" content=\"0;URL=../gone/\">"));

        Assert.Equal(
            ["older/index.html: <meta http-equiv=\"Refresh\" content=\"0;URL=../gone/\"> broken-link: no file \"gone/index.html\" in the site"],
            site.Check());
    }
}
