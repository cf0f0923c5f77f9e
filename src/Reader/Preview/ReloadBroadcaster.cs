using System.Threading.Channels;

namespace Reader.Preview;

/// <summary>Fans reload events out to every connected server-sent-events client; each client reads its own channel.</summary>
public sealed class ReloadBroadcaster
{
    private readonly Lock gate = new();
    private readonly List<Channel<ReloadEvent>> clients = [];

    public ChannelReader<ReloadEvent> Subscribe(out Action unsubscribe)
    {
        // Bounded with drop-oldest: a stalled tab must not make the server hold every event forever.
        var channel = Channel.CreateBounded<ReloadEvent>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate) clients.Add(channel);
        unsubscribe = () =>
        {
            lock (gate) clients.Remove(channel);
            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    public void Publish(ReloadEvent reload)
    {
        lock (gate)
            foreach (var client in clients) client.Writer.TryWrite(reload);
    }

    /// <summary>Ends every stream, so open event requests finish and the server can stop.</summary>
    public void CompleteAll()
    {
        lock (gate)
        {
            foreach (var client in clients) client.Writer.TryComplete();
            clients.Clear();
        }
    }
}
