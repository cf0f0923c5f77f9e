using Microsoft.Playwright;

namespace Reader.Browser.Tests.Support;

/// <summary>A page in its own browser context, with the script errors and console errors it produced.</summary>
public sealed class OpenPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];
    private readonly List<string> requests = [];

    public OpenPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Request += (_, request) => requests.Add(request.Url);
        page.PageError += (_, message) => errors.Add("pageerror: " + message);
        page.Console += (_, message) =>
        {
            // The 404 page is served with status 404 on purpose; Chromium logs that as a load error.
            bool expected404 = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && message.Text.Contains("404", StringComparison.Ordinal) && page.Url.Contains("/no-such-page/", StringComparison.Ordinal);
            if (message.Type == "error" && !expected404) errors.Add("console: " + message.Text);
        };
    }

    public IPage Page { get; }
    public IReadOnlyList<string> Errors => errors;
    public IReadOnlyList<string> Requests => requests;

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
