namespace Reader.Tests.Checking;

public sealed class NoteReferenceRuleTests
{
    private const string Endnotes = """
        <section role="doc-endnotes"><ol>
          <li id="fn1"><p>Note. <a href="#fnref1" role="doc-backlink">↩</a></p></li>
        </ol></section>
        """;

    [Fact]
    public void Noteref_to_a_missing_note_is_reported_once_as_a_broken_fragment()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<a id=\"fnref1\" href=\"#fn1\" role=\"doc-noteref\">1</a><a id=\"fnref9\" href=\"#fn9\" role=\"doc-noteref\">9</a>" + Endnotes));

        Assert.Equal(["index.html: <a href=\"#fn9\"> broken-fragment: no element with id \"fn9\""], site.Check());
    }

    [Fact]
    public void Noteref_to_an_element_that_is_not_a_note_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<a id=\"r\" href=\"#para\" role=\"doc-noteref\">1</a><p id=\"para\"><a href=\"#r\" role=\"doc-backlink\">↩</a></p>"));

        Assert.Equal(
            ["index.html: <a id=\"r\" href=\"#para\"> noteref-target-not-note: #para is not a note (role=\"doc-footnote\" or a list item of role=\"doc-endnotes\")"],
            site.Check());
    }

    [Fact]
    public void Wrapper_of_several_notes_is_not_a_note()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<a id=\"fnref1\" href=\"#fn1\" role=\"doc-noteref\">1</a><a id=\"r\" href=\"#notes\" role=\"doc-noteref\">all</a>"
            + "<div id=\"notes\">" + Endnotes + "<aside role=\"doc-footnote\">x</aside></div>"));

        Assert.Equal(
            ["index.html: <a id=\"r\" href=\"#notes\"> noteref-target-not-note: #notes is not a note (role=\"doc-footnote\" or a list item of role=\"doc-endnotes\")"],
            site.Check());
    }

    [Fact]
    public void Anchor_inside_a_nested_list_of_an_endnote_belongs_to_that_endnote()
    {
        // The inner <li> is not a note of its own; the backlink of the outer endnote counts.
        using var site = new TempSite().With("index.html", Html.Page("""
            <a id="r" href="#detail" role="doc-noteref">1</a>
            <section role="doc-endnotes"><ol><li id="fn1">
              <ul><li><span id="detail">Detail</span></li></ul>
              <a href="#r" role="doc-backlink">↩</a>
            </li></ol></section>
            """));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void Note_without_a_backlink_to_the_reference_is_reported()
    {
        // The note links back to fnref1 only; the second reference to it is stranded.
        using var site = new TempSite().With("index.html", Html.Page(
            "<a id=\"fnref1\" href=\"#fn1\" role=\"doc-noteref\">1</a><a id=\"fnref1b\" href=\"#fn1\" role=\"doc-noteref\">1</a>" + Endnotes));

        Assert.Equal(["index.html: <a id=\"fnref1b\" href=\"#fn1\"> missing-note-backlink: note #fn1 has no doc-backlink to #fnref1b"], site.Check());
    }

    [Fact]
    public void Footnote_aside_is_a_note_and_needs_its_backlink()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<a id=\"r\" href=\"#f\" role=\"doc-noteref\">1</a><aside id=\"f\" role=\"doc-footnote\">Text <a href=\"#elsewhere\">x</a></aside><p id=\"elsewhere\"></p>"));

        Assert.Equal(["index.html: <a id=\"r\" href=\"#f\"> missing-note-backlink: note #f has no doc-backlink to #r"], site.Check());
    }

    [Fact]
    public void Noteref_without_id_cannot_be_returned_to()
    {
        using var site = new TempSite().With("index.html", Html.Page(
            "<a href=\"#fn1\" role=\"doc-noteref\">1</a><span id=\"fnref1\"></span>" + Endnotes));

        Assert.Equal(["index.html: <a href=\"#fn1\"> noteref-without-id: doc-noteref has no id, so no backlink can return to it"], site.Check());
    }

    [Fact]
    public void Backlink_must_return_to_the_referencing_page()
    {
        // The note lives on another page and its backlink points at its own page, not at the reference.
        using var site = new TempSite()
            .With("index.html", Html.Page("<a id=\"fnref1\" href=\"notes.html#fn1\" role=\"doc-noteref\">1</a>"))
            .With("notes.html", Html.Page("<span id=\"fnref1\"></span>" + Endnotes));

        Assert.Equal(
            ["index.html: <a id=\"fnref1\" href=\"notes.html#fn1\"> missing-note-backlink: note #fn1 in notes.html has no doc-backlink to #fnref1"],
            site.Check());
    }

    [Fact]
    public void Citation_entry_without_backlink_is_reported()
    {
        using var site = new TempSite().With("index.html", Html.Page("""
            <a id="c1" href="#smith" role="doc-biblioref">Smith</a>
            <a id="c2" href="#jones" role="doc-biblioref">Jones</a>
            <section role="doc-bibliography"><ul>
              <li id="smith">Smith. <a href="#c1" role="doc-backlink">↩</a></li>
              <li id="jones">Jones. <a href="#c1" role="doc-backlink">↩</a></li>
            </ul></section>
            """));

        Assert.Equal(["index.html: <a id=\"c2\" href=\"#jones\"> missing-biblio-backlink: bibliography entry #jones has no doc-backlink to #c2"], site.Check());
    }

    [Fact]
    public void Citation_without_id_cannot_be_returned_to()
    {
        using var site = new TempSite().With("index.html", Html.Page("""
            <a href="#smith" role="doc-biblioref">Smith</a>
            <section role="doc-bibliography"><ul><li id="smith">Smith.</li></ul></section>
            """));

        Assert.Equal(["index.html: <a href=\"#smith\"> biblioref-without-id: doc-biblioref has no id, so no backlink can return to it"], site.Check());
    }

    [Fact]
    public void Citation_to_a_missing_entry_is_a_broken_fragment()
    {
        using var site = new TempSite().With("index.html", Html.Page("<a id=\"c\" href=\"#nobody\" role=\"doc-biblioref\">?</a>"));

        Assert.Equal(["index.html: <a href=\"#nobody\"> broken-fragment: no element with id \"nobody\""], site.Check());
    }
}
