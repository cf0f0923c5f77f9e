using Microsoft.Playwright;

namespace Reader.Browser.Tests.Support;

/// <summary>
/// Launches Debian's Chromium (Playwright cannot download browsers here). Missing browser:
/// a failure in CI (CI=true), a skip with the install command elsewhere.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";
    public const string InstallHint = "Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)";

    public static string? ExecutablePath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultPath;
            return File.Exists(path) ? path : null;
        }
    }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync(string executablePath)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
        return (playwright, browser);
    }
}
