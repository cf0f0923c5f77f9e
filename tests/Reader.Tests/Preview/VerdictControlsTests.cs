using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reader.Preview;
using Reader.Tests.Support;

namespace Reader.Tests.Preview;

/// <summary>The preview's verdict controls are told which file to paste into and whether it has a verdicts list already.</summary>
public sealed class VerdictControlsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static JsonElement Config(string markup)
    {
        var attribute = Regex.Match(markup, "data-config=\"([^\"]*)\"").Groups[1].Value;
        return JsonDocument.Parse(WebUtility.HtmlDecode(attribute)).RootElement;
    }

    [Theory]
    [InlineData("title: T\n", false)]
    [InlineData("title: T\nverdicts:\n  - not_a_claim: a#c-1-aaaaa\n", true)]
    [InlineData("title: T\nverdicts: []\n", true)]
    [InlineData("title: T\n# verdicts: later\narticles:\n  a:\n    title: verdicts: none\n", false)]
    public void The_controls_know_whether_edition_yml_has_a_verdicts_list(string yaml, bool has)
    {
        temp.Write("in/edition.yml", yaml);

        var config = Config(VerdictControls.For(Path.Combine(temp.Path, "in")));

        Assert.Equal(has, config.GetProperty("hasVerdicts").GetBoolean());
        Assert.EndsWith("in/edition.yml", config.GetProperty("file").GetString());
    }

    [Fact]
    public void Without_edition_yml_the_lines_go_into_a_new_one()
    {
        var config = Config(VerdictControls.For(temp.Sub("empty")));

        Assert.False(config.GetProperty("hasVerdicts").GetBoolean());
        Assert.EndsWith("empty/edition.yml", config.GetProperty("file").GetString());
    }

    [Fact]
    public void The_script_cannot_end_early_and_writes_nothing()
    {
        var markup = VerdictControls.For("seeds/edition.yml", hasVerdicts: false);

        Assert.Single(Regex.Matches(markup, "</script>"));
        Assert.EndsWith("</script>", markup);
        Assert.DoesNotContain("fetch(", markup);
        Assert.DoesNotContain("XMLHttpRequest", markup);
    }
}
