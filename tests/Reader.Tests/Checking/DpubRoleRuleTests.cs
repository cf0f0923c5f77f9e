namespace Reader.Tests.Checking;

public sealed class DpubRoleRuleTests
{
    [Fact]
    public void Doc_endnote_role_is_deprecated()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<section role=\"doc-endnotes\"><ol><li id=\"n1\" role=\"doc-endnote\">x</li></ol></section>"));

        Assert.Equal(
            ["index.html: <li id=\"n1\" role=\"doc-endnote\"> deprecated-role: role \"doc-endnote\" is deprecated in DPUB-ARIA 1.1; use a list item inside role=\"doc-endnotes\""],
            site.Check());
    }

    [Fact]
    public void Doc_biblioentry_role_is_deprecated()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<section role=\"doc-bibliography\"><ul><li role=\"doc-biblioentry\">x</li></ul></section>"));

        Assert.Equal(
            ["index.html: <li role=\"doc-biblioentry\"> deprecated-role: role \"doc-biblioentry\" is deprecated in DPUB-ARIA 1.1; use a list item inside role=\"doc-bibliography\""],
            site.Check());
    }

    [Fact]
    public void Footnote_inside_endnotes_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<aside role=\"doc-footnote\">fine</aside><section role=\"doc-endnotes\"><aside id=\"f\" role=\"doc-footnote\">x</aside></section>"));

        Assert.Equal(
            ["index.html: <aside id=\"f\" role=\"doc-footnote\"> footnote-in-endnotes: role \"doc-footnote\" inside role=\"doc-endnotes\"; endnotes are plain list items"],
            site.Check());
    }
}
