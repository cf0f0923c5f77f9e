using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace Reader.Benchmarks.Preview;

/// <summary>
/// An in-process EventSource on the preview's reload stream. Each event is stamped the moment its data
/// line arrives, before any parsing, so latency ends where a browser tab would start reloading.
/// </summary>
internal sealed class ReloadStreamClient : IAsyncDisposable
{
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<StampedReload> events = Channel.CreateUnbounded<StampedReload>();
    private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? reading;

    public static async Task<ReloadStreamClient> Connect(Uri uri)
    {
        var client = new ReloadStreamClient();
        client.reading = client.Read(uri);
        await client.open.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return client;
    }

    private async Task Read(Uri uri)
    {
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith(':')) open.TrySetResult();
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    long at = Stopwatch.GetTimestamp();
                    using var json = JsonDocument.Parse(line[6..]);
                    var paths = json.RootElement.GetProperty("paths").EnumerateArray().Select(p => p.GetString()!).ToList();
                    events.Writer.TryWrite(new StampedReload(at, json.RootElement.GetProperty("all").GetBoolean(), paths));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            open.TrySetException(e);
        }
    }

    /// <summary>Forgets events already received, so the next <see cref="Next"/> answers for the next edit only.</summary>
    public void Drain()
    {
        while (events.Reader.TryRead(out _)) { }
    }

    public async Task<StampedReload> Next(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        return await events.Reader.ReadAsync(limit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        if (reading is not null) await reading;
        http.Dispose();
        stop.Dispose();
    }
}
