using System.Net;
using Reader.Preview;

namespace Reader.Tests.Preview;

/// <summary>With --base-url the site lives under a sub-path, as it will when published there.</summary>
public sealed class PreviewBaseUrlTests : IAsyncLifetime
{
    private PreviewHost host = null!;

    public async Task InitializeAsync() => host = await PreviewHost.Start("/edition/");

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Pages_are_served_under_the_base_url_and_only_there()
    {
        Assert.EndsWith("/edition/", host.Server.Address!.ToString());
        using var home = await host.Http.GetAsync(new Uri(host.Server.Address!, "/edition/"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(LiveReloadScript.Marker, await home.Content.ReadAsStringAsync());

        using var outside = await host.Http.GetAsync(new Uri(host.Server.Address!, "/index.html"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        using var bare = await host.Http.GetAsync(new Uri(host.Server.Address!, "/edition"));
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/edition/", bare.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_event_stream_stays_at_the_root()
    {
        using var response = await host.Http.GetAsync(new Uri(host.Server.Address!, LiveReloadScript.EventsPath), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }
}
