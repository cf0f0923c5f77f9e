using Reader.Input;
using Reader.Parsing;
using Reader.Pipeline;

namespace Reader.Tests.Parsing;

public sealed class MarkdownFileReaderTests
{
    private readonly Diagnostics diagnostics = new();

    private ArticleDraft Read(string text) => MarkdownFileReader.Read(text, "in/a.md", diagnostics);

    [Fact]
    public void Reads_front_matter_fields()
    {
        var draft = Read("""
            ---
            title: The Title
            dek: The dek.
            published: 2025-02-07
            section: World
            outlet: Kyodo
            slug: my-slug
            url: https://k.example/a
            draft: true
            ---
            Body text.
            """);

        Assert.Equal(("The Title", "The dek.", "2025-02-07", "World", "Kyodo", "my-slug", "https://k.example/a", true),
            (draft.Title, draft.Dek, draft.Published, draft.Section, draft.Outlet, draft.Slug, draft.Url, draft.Draft));
        Assert.Equal(4, draft.PublishedLine);
        Assert.Equal("Body text.", draft.Markdown);
        Assert.Equal(11, draft.SourceLineOf(0));
        Assert.Empty(diagnostics.All);
    }

    [Fact]
    public void Date_and_source_are_aliases_of_published_and_outlet()
    {
        var draft = Read("---\ntitle: T\ndate: 31 January 2025\nsource: Reuters\n---\nBody.");

        Assert.Equal("31 January 2025", draft.Published);
        Assert.Equal(3, draft.PublishedLine);
        Assert.Equal("Reuters", draft.Outlet);
    }

    [Fact]
    public void Without_front_matter_the_whole_file_is_the_body()
    {
        var draft = Read("# Heading\n\nBody.");

        Assert.Null(draft.Title);
        Assert.Equal("# Heading\n\nBody.", draft.Markdown);
        Assert.Equal(1, draft.SourceLineOf(0));
    }

    [Fact]
    public void Malformed_yaml_is_an_error_naming_file_and_line()
    {
        var e = Assert.Throws<InputException>(() => Read("---\ntitle: T\ndek: [unclosed\nsection: S\n---\nBody."));

        Assert.Equal("in/a.md", e.File);
        Assert.InRange(e.Line!.Value, 3, 5);
    }

    [Fact]
    public void A_bad_indent_is_an_error_on_its_line()
    {
        var e = Assert.Throws<InputException>(() => Read("---\ntitle: T\n  dek: x\n---\nBody."));

        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var e = Assert.Throws<InputException>(() => Read("---\ntitle: T\n\nBody."));

        Assert.Equal(1, e.Line);
        Assert.Contains("never closed", e.Message);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_its_line()
    {
        var draft = Read("---\ntitle: T\nauthor: Someone\n---\nBody.");

        var warning = Assert.Single(diagnostics.All);
        Assert.Equal((Severity.Warning, "in/a.md", (int?)3), (warning.Severity, warning.File, warning.Line));
        Assert.Contains("author", warning.Message);
        Assert.Equal("T", draft.Title);
    }

    [Fact]
    public void A_list_value_is_an_error_on_its_line()
    {
        var e = Assert.Throws<InputException>(() => Read("---\ntitle: T\nsection:\n  - a\n  - b\n---\nBody."));

        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Draft_must_be_a_boolean()
    {
        var e = Assert.Throws<InputException>(() => Read("---\ndraft: maybe\n---\nBody."));

        Assert.Equal(2, e.Line);
    }
}
