using Reader.Cli;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("/sub/")]
    [InlineData("sub")]
    [InlineData("https://example.org/sub/")]
    public void A_site_built_under_a_base_url_checks_clean_however_the_base_url_is_written(string written)
    {
        var output = Path.Combine(temp.Path, "out");
        Assert.True(Builds.Run(RepoPaths.Seeds, output, baseUrl: "/sub/").Succeeded);

        Assert.Equal(0, CheckCommand.Create().Parse([output, "--base-url", written]).Invoke());
    }
}
