using System.Net.Sockets;
using System.Text;

namespace Reader.Tests.Preview;

/// <summary>
/// Sends a request target byte for byte: HttpClient and Uri would normalise "../" and
/// re-encode "%2e" before the server ever saw them, hiding exactly what traversal tests need to send.
/// </summary>
internal static class RawHttp
{
    public static Task<(int Status, string Response)> Get(Uri server, string target) => Get(server, target, server.Authority);

    /// <param name="host">The Host header, as a browser sends the name it believes it is talking to.</param>
    public static async Task<(int Status, string Response)> Get(Uri server, string target, string host)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var statusLine = response.Split("\r\n", 2)[0];
        return (int.Parse(statusLine.Split(' ')[1]), response);
    }
}
