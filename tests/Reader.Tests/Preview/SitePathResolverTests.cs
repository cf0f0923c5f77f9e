using Reader.Preview;

namespace Reader.Tests.Preview;

public sealed class SitePathResolverTests
{
    private static readonly HashSet<string> Site = ["index.html", "404.html", "articles/a/index.html", "assets/reader.css"];

    private static SiteRequest Resolve(string path, string baseUrl = "/") =>
        new SitePathResolver(baseUrl).Resolve(path, null, Site.Contains);

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/articles/a/", "articles/a/index.html")]
    [InlineData("/articles/a/index.html", "articles/a/index.html")]
    [InlineData("/assets/reader.css", "assets/reader.css")]
    public void Site_paths_resolve_to_files(string path, string file)
    {
        var request = Resolve(path);
        Assert.Equal(SiteRequestKind.File, request.Kind);
        Assert.Equal(file, request.SitePath);
    }

    [Theory]
    [InlineData("/../index.html")]
    [InlineData("/articles/../index.html")]
    [InlineData("/./index.html")]
    [InlineData("/%2e%2e/index.html")]
    [InlineData("/%2E%2E%2Findex.html")]
    [InlineData("/%252e%252e%252findex.html")]
    [InlineData("/%25252e%25252e/index.html")]
    [InlineData("/..\\index.html")]
    [InlineData("/..%5cindex.html")]
    [InlineData("/..%255cindex.html")]
    [InlineData("/index.html%00")]
    [InlineData("/%2525252525252e%2525252525252e/index.html")]
    public void Climbing_paths_are_refused_however_they_are_encoded(string path) =>
        Assert.Equal(SiteRequestKind.Refused, Resolve(path).Kind);

    [Fact]
    public void The_raw_target_is_checked_too_because_the_server_may_have_removed_dot_segments() =>
        Assert.Equal(SiteRequestKind.Refused, new SitePathResolver("/").Resolve("/index.html", "/x/../index.html", Site.Contains).Kind);

    [Theory]
    [InlineData("/articles/a", "/articles/a/")]
    [InlineData("/sub", "/sub/")]
    public void Folders_without_their_slash_redirect(string path, string location)
    {
        var baseUrl = path == "/sub" ? "/sub/" : "/";
        var request = Resolve(path, baseUrl);
        Assert.Equal(SiteRequestKind.Redirect, request.Kind);
        Assert.Equal(location, request.Location);
    }

    [Theory]
    [InlineData("/articles/")]
    [InlineData("/assets/")]
    [InlineData("/missing.html")]
    [InlineData("//evil.example/")]
    [InlineData("/other/index.html")]
    public void Folders_are_never_listed_and_missing_paths_are_not_found(string path) =>
        Assert.Equal(SiteRequestKind.NotFound, Resolve(path).Kind);

    [Fact]
    public void Under_a_base_url_paths_outside_it_are_not_found() =>
        Assert.Equal(SiteRequestKind.NotFound, Resolve("/index.html", "/sub/").Kind);
}
