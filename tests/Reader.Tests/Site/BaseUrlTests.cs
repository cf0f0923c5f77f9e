using Reader.Checking;

namespace Reader.Tests.Site;

public sealed class BaseUrlTests(SubPathSite site) : IClassFixture<SubPathSite>
{
    [Fact]
    public void Every_root_relative_link_starts_with_the_base_url()
    {
        int checkedLinks = 0;
        foreach (var page in site.HtmlFiles)
            foreach (var element in site.Page(page).QuerySelectorAll("[href], [src], [action]"))
                foreach (var name in new[] { "href", "src", "action" })
                {
                    var value = element.GetAttribute(name);
                    if (value is null || !value.StartsWith('/') || value.StartsWith("//")) continue;
                    checkedLinks++;
                    Assert.True(value.StartsWith("/sub/path/"), $"{page}: <{element.LocalName} {name}=\"{value}\">");
                }
        Assert.True(checkedLinks > 50, $"only {checkedLinks} root-relative links");
    }

    [Fact]
    public void Claims_json_paths_start_with_the_base_url()
    {
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "claims.json"))).RootElement;

        Assert.All(json.GetProperty("articles").EnumerateArray(), a => Assert.StartsWith("/sub/path/", a.GetProperty("path").GetString()));
    }

    [Fact]
    public void The_checker_finds_nothing_under_the_base_url()
    {
        var findings = new SiteChecker(new CheckOptions { BaseUrl = "/sub/path/" }).Check(site.Output);

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
