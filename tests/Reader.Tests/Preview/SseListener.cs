using System.Text.Json;
using System.Threading.Channels;

namespace Reader.Tests.Preview;

/// <summary>
/// An in-process EventSource: reads the preview's event stream and queues each "reload" event, so
/// tests wait on events rather than on time.
/// </summary>
internal sealed class SseListener : IAsyncDisposable
{
    private readonly HttpClient client;
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<ReceivedReload> events = Channel.CreateUnbounded<ReceivedReload>();
    private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? reading;

    private SseListener(HttpClient client) => this.client = client;

    /// <summary>Connects and returns once the server has confirmed the stream is open.</summary>
    public static async Task<SseListener> Connect(Uri events, TimeSpan timeout)
    {
        var listener = new SseListener(new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        listener.reading = listener.Read(events);
        await listener.connected.Task.WaitAsync(timeout);
        return listener;
    }

    private async Task Read(Uri uri)
    {
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, stop.Token);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            string? name = null, data = null;
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith(':')) { connected.TrySetResult(); continue; }
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                else if (line.Length == 0 && name == "reload" && data is not null)
                {
                    events.Writer.TryWrite(Parse(data));
                    name = data = null;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            connected.TrySetException(e);
        }
        finally
        {
            events.Writer.TryComplete();
        }
    }

    private static ReceivedReload Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        return new ReceivedReload(root.GetProperty("version").GetInt64(), root.GetProperty("all").GetBoolean(),
            root.GetProperty("paths").EnumerateArray().Select(p => p.GetString()!).ToList());
    }

    /// <summary>The next event that satisfies <paramref name="match"/>; earlier ones are dropped. Throws on timeout.</summary>
    public async Task<ReceivedReload> Next(Func<ReceivedReload, bool> match, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var reload = await events.Reader.ReadAsync(limit.Token);
                if (match(reload)) return reload;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no matching reload event within {timeout.TotalSeconds:0} s");
        }
    }

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        if (reading is not null) await reading;
        client.Dispose();
        stop.Dispose();
    }
}
