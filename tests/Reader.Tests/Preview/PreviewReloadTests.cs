using System.Net;
using Reader.Preview;

namespace Reader.Tests.Preview;

/// <summary>Edits on disk reach open tabs: reload events, new content, the error overlay and recovery from it.</summary>
public sealed class PreviewReloadTests : IAsyncLifetime
{
    private PreviewHost host = null!;

    public async Task InitializeAsync() => host = await PreviewHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private string ArticleUrl(string sitePath) => "/" + sitePath.Replace("index.html", "");

    /// <summary>The page built from <paramref name="articleFile"/>: the one whose reload the edit triggers.</summary>
    private string PageOf(string articleFile)
    {
        var id = Path.GetFileNameWithoutExtension(articleFile);
        var edition = host.Server.State.Site!;
        // claims.json names each article's id and path: read it rather than re-deriving slugs here.
        using var json = System.Text.Json.JsonDocument.Parse(edition.Find("claims.json")!);
        var article = json.RootElement.GetProperty("articles").EnumerateArray().First(a => a.GetProperty("id").GetString() == id);
        return article.GetProperty("path").GetString()!.TrimStart('/') + "index.html";
    }

    [Fact]
    public async Task Editing_an_article_reloads_its_page_and_serves_the_new_text()
    {
        var file = host.Edition.Articles[0];
        var page = PageOf(file);
        const string marker = "Preview edit marker paragraph nine";
        Assert.DoesNotContain(marker, await host.Page(ArticleUrl(page)));

        TempEdition.Replace(file, File.ReadAllText(file) + "\n\n" + marker + ".\n");

        var reload = await host.Events.Next(e => e.Paths.Contains(page), PreviewHost.Patience);
        Assert.False(reload.All);
        Assert.Contains(marker, await host.Page(ArticleUrl(page)));
        // Pages the edit cannot touch are neither re-sent nor reloaded.
        Assert.DoesNotContain("assets/reader.css", reload.Paths);
    }

    [Fact]
    public async Task A_broken_template_shows_an_overlay_with_file_and_line_over_the_last_good_site_until_fixed()
    {
        var layout = Path.Combine(host.Edition.Theme, "layouts", "article.sbn-html");
        var good = File.ReadAllText(layout);
        var lines = good.Split('\n').ToList();
        // An unclosed block on line 3: Scriban's parser names the layout and that line.
        lines.Insert(2, "{{ if content }}");
        var page = PageOf(host.Edition.Articles[0]);
        var before = await host.Page(ArticleUrl(page));

        TempEdition.Replace(layout, string.Join('\n', lines));
        await host.Events.Next(e => e.All && host.Server.State.Failing, PreviewHost.Patience);

        Assert.True(host.Server.State.Failing);
        foreach (var url in new[] { ArticleUrl(page), "/", "/sources/" })
        {
            var html = await host.Page(url);
            Assert.Contains(ErrorOverlay.Marker, html);
            Assert.Contains("theme/layouts/article.sbn-html</span>:<span data-line>3</span>", html);
        }
        // The last good page is still underneath the overlay.
        var broken = await host.Page(ArticleUrl(page));
        Assert.Equal(before, broken.Replace(ErrorOverlay.For(host.Server.State.Errors), ""));
        Assert.Contains("theme/layouts/article.sbn-html:3: error:", host.Log.ToString());

        TempEdition.Replace(layout, good);
        // A burst of file events may fail twice before the fix lands: wait for the state the event announces.
        await host.Events.Next(e => e.All && !host.Server.State.Failing, PreviewHost.Patience);

        Assert.False(host.Server.State.Failing);
        Assert.DoesNotContain(ErrorOverlay.Marker, await host.Page(ArticleUrl(page)));
        Assert.DoesNotContain(ErrorOverlay.Marker, await host.Page("/"));
    }

    [Fact]
    public async Task An_unreadable_article_shows_an_overlay_naming_it_and_fixing_it_recovers()
    {
        var file = host.Edition.Articles[1];
        var good = File.ReadAllBytes(file);

        var bad = good.Concat(new byte[] { 0xFF, 0xFE, 0x0A }).ToArray();
        var aside = Path.Combine(host.Edition.Input, ".bad.tmp");
        File.WriteAllBytes(aside, bad);
        File.Move(aside, file, overwrite: true);
        await host.Events.Next(e => e.All && host.Server.State.Failing, PreviewHost.Patience);

        var html = await host.Page("/");
        Assert.Contains(ErrorOverlay.Marker, html);
        Assert.Contains(Path.GetFileName(file), html);
        Assert.Contains("invalid UTF-8", html);

        File.WriteAllBytes(aside, good);
        File.Move(aside, file, overwrite: true);
        await host.Events.Next(e => e.All && !host.Server.State.Failing, PreviewHost.Patience);
        Assert.DoesNotContain(ErrorOverlay.Marker, await host.Page("/"));
    }

    [Fact]
    public async Task The_event_stream_is_server_sent_events()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, LiveReloadScript.EventsPath);
        using var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }
}
