using System.Text.Json;

namespace Reader.Preview;

/// <summary>
/// The small script added to every HTML page the preview serves (never to files in output/). It listens
/// on <see cref="EventsPath"/> and reloads when the page it shows, a stylesheet or script, or the build's
/// success changed.
/// </summary>
public static class LiveReloadScript
{
    /// <summary>Outside any base URL, so it cannot collide with a page of the site.</summary>
    public const string EventsPath = "/__reader-preview/events";

    /// <summary>Marks the injected element; tests look for it.</summary>
    public const string Marker = "data-reader-preview";

    public static string For(string sitePath) =>
        $"<script {Marker}>(() => {{" +
        $"const page = {JsonSerializer.Serialize(sitePath)};" +
        $"const events = new EventSource({JsonSerializer.Serialize(EventsPath)});" +
        "events.addEventListener('reload', e => {" +
        "const d = JSON.parse(e.data);" +
        "if (d.all || d.paths.includes(page) || d.paths.some(p => /\\.(css|js)$/.test(p))) location.reload();" +
        "});" +
        "})();</script>";
}
