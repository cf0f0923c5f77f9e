using Microsoft.AspNetCore.Http;

namespace Reader.Preview;

/// <summary>
/// The preview answers only requests addressed to it by a loopback name — 127.0.0.1, localhost or [::1] — with
/// its own port. A page on another site can point a name of its own at 127.0.0.1 (DNS rebinding) and then read
/// the preview's pages and data from the reader's browser; such requests carry that other name in Host, and are
/// refused with 403.
/// </summary>
public static class LoopbackHost
{
    public static bool Allows(HostString host, int port)
    {
        if (!host.HasValue) return false;
        int given = host.Port ?? 80;
        if (given != port) return false;
        var name = host.Host;
        return name == "127.0.0.1" || name == "[::1]" || name.Equals("localhost", StringComparison.OrdinalIgnoreCase);
    }

    public static Task Refuse(HttpContext context, int port)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"Forbidden: the preview answers only to http://127.0.0.1:{port}/ and http://localhost:{port}/.\n", context.RequestAborted);
    }
}
