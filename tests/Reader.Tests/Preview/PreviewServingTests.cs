using System.Net;
using System.Text;
using Reader.Pipeline;
using Reader.Preview;

namespace Reader.Tests.Preview;

/// <summary>One preview over an unchanged copy of the seeds: what it serves, with which status and type, and what it refuses.</summary>
public sealed class PreviewServingTests : IAsyncLifetime
{
    private PreviewHost host = null!;

    public async Task InitializeAsync() => host = await PreviewHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private string ArticlePage => host.Server.State.Site!.Files.Keys.First(p => p.StartsWith("articles/", StringComparison.Ordinal));

    [Fact]
    public async Task Home_and_article_pages_are_html_with_the_reload_script()
    {
        foreach (var path in new[] { "/", "/" + ArticlePage.Replace("index.html", ""), "/sources/", "/claims/" })
        {
            using var response = await host.Http.GetAsync(path.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(LiveReloadScript.Marker, html);
            Assert.Contains(VerdictControls.Marker, html);
            Assert.DoesNotContain(ErrorOverlay.Marker, html);
        }
    }

    [Fact]
    public async Task Served_pages_are_the_built_files_plus_only_the_scripts_and_built_files_never_contain_them()
    {
        var result = new BuildPipeline(host.Edition.Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var written = Directory.EnumerateFiles(host.Edition.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(written);
        foreach (var file in written)
        {
            Assert.DoesNotContain(LiveReloadScript.Marker, File.ReadAllText(file));
            Assert.DoesNotContain(VerdictControls.Marker, File.ReadAllText(file));
        }

        var page = ArticlePage;
        var served = await host.Page("/" + page.Replace("index.html", ""));
        var withoutScript = served.Replace(LiveReloadScript.For(page) + VerdictControls.For(host.Edition.Input), "");
        Assert.NotEqual(served, withoutScript);
        Assert.Equal(File.ReadAllText(Path.Combine(host.Edition.Output, page)), withoutScript);
    }

    [Theory]
    [InlineData("assets/reader.css", "text/css; charset=utf-8")]
    [InlineData("assets/reader.js", "text/javascript; charset=utf-8")]
    [InlineData("claims.json", "application/json; charset=utf-8")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    public async Task Files_are_served_with_their_content_type_and_without_the_script(string path, string type)
    {
        using var response = await host.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(host.Server.State.Site!.Find(path), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Missing_paths_get_the_sites_404_page_with_status_404()
    {
        foreach (var path in new[] { "no-such-page/", "articles/no-such-article/", "nothing.css", "articles/" })
        {
            using var response = await host.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var html = await response.Content.ReadAsStringAsync();
            var notFound = Encoding.UTF8.GetString(host.Server.State.Site!.Find("404.html")!);
            Assert.Equal(notFound, html.Replace(LiveReloadScript.For("404.html"), ""));
        }
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_the_slash_form()
    {
        using var response = await host.Http.GetAsync("sources");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/sources/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/articles/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/%2E%2E%2F%2E%2E%2Fsecret.txt")]
    [InlineData("/%252e%252e%252fsecret.txt")]
    [InlineData("/%25252e%25252e/secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..%255csecret.txt")]
    [InlineData("/..\\..\\secret.txt")]
    [InlineData("/articles/./index.html")]
    public async Task Traversal_attempts_are_refused(string target)
    {
        const string secret = "preview-traversal-sentinel";
        File.WriteAllText(Path.Combine(host.Edition.Root, "secret.txt"), secret);
        var (status, response) = await RawHttp.Get(host.Server.Address!, target);
        Assert.Equal(400, status);
        Assert.DoesNotContain(secret, response);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var post = await host.Http.PostAsync("", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        using var head = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, ""));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
