using Reader.Preview;

namespace Reader.Tests.Preview;

/// <summary>A preview server on a free loopback port over a <see cref="TempEdition"/>, with a client for its pages and its event stream.</summary>
internal sealed class PreviewHost : IAsyncDisposable
{
    /// <summary>Generous: CI machines are slow and the first build compiles the theme and warms the JIT.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private PreviewHost(TempEdition edition, PreviewServer server, SseListener events, StringWriter log)
    {
        Edition = edition;
        Server = server;
        Events = events;
        Log = log;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = Patience };
    }

    public TempEdition Edition { get; }
    public PreviewServer Server { get; }
    public SseListener Events { get; }
    public HttpClient Http { get; }
    public StringWriter Log { get; }

    public static async Task<PreviewHost> Start(string baseUrl = "/")
    {
        var edition = new TempEdition();
        var log = new StringWriter();
        var server = new PreviewServer(new PreviewOptions { Build = edition.Options with { BaseUrl = baseUrl }, Port = 0 }, TextWriter.Synchronized(log));
        await server.StartAsync();
        var events = await SseListener.Connect(new Uri(server.Address!, LiveReloadScript.EventsPath), Patience);
        return new PreviewHost(edition, server, events, log);
    }

    public async Task<string> Page(string path)
    {
        using var response = await Http.GetAsync(path.TrimStart('/'));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        Http.Dispose();
        await Server.DisposeAsync();
        Edition.Dispose();
    }
}
