using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Reader.Preview;

/// <summary>The server-sent-events endpoint: one "reload" event per rebuild that changed what a tab may show.</summary>
public static class ReloadEventStream
{
    public static async Task Serve(HttpContext context, ReloadBroadcaster broadcaster, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var events = broadcaster.Subscribe(out var unsubscribe);
        try
        {
            // A comment first, so clients (and tests) know the stream is open before any edit happens.
            await response.WriteAsync(": connected\nretry: 1000\n\n", linked.Token);
            await response.Body.FlushAsync(linked.Token);
            await foreach (var reload in events.ReadAllAsync(linked.Token))
            {
                await response.WriteAsync(Format(reload), linked.Token);
                await response.Body.FlushAsync(linked.Token);
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
        finally
        {
            unsubscribe();
        }
    }

    public static string Format(ReloadEvent reload)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", reload.Version);
            json.WriteBoolean("all", reload.All);
            json.WriteStartArray("paths");
            foreach (var path in reload.Paths) json.WriteStringValue(path);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return $"event: reload\ndata: {Encoding.UTF8.GetString(buffer.ToArray())}\n\n";
    }
}
