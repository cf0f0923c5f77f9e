using Reader.Browser.Tests.Support;

namespace Reader.Browser.Tests;

/// <summary>
/// The whole site's CSS and JavaScript are the theme's assets; keeping them small keeps the site
/// fast on slow phones. No browser needed.
/// </summary>
public sealed class AssetBudgetTests
{
    private const long CssBudget = 30 * 1024;
    private const long JsBudget = 20 * 1024;

    [Fact]
    public void Stylesheets_fit_in_30_KB()
    {
        var total = TotalBytes("*.css");
        Assert.True(total > 0, "the theme has no stylesheet");
        Assert.True(total <= CssBudget, $"theme CSS is {total:N0} bytes, budget {CssBudget:N0}");
    }

    [Fact]
    public void Scripts_fit_in_20_KB_search_included()
    {
        var total = TotalBytes("*.js");
        Assert.True(total <= JsBudget, $"theme JS is {total:N0} bytes, budget {JsBudget:N0}");
    }

    [Fact]
    public void Assets_make_no_third_party_requests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Assets, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".css") || f.EndsWith(".js")))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("@import", text);
            Assert.DoesNotContain("@font-face", text);
            Assert.DoesNotMatch(@"url\(\s*['""]?(https?:)?//", text);
            Assert.DoesNotMatch(@"fetch\(\s*['""]https?:", text);
        }
    }

    private static long TotalBytes(string pattern) =>
        Directory.EnumerateFiles(RepoPaths.Assets, pattern, SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
