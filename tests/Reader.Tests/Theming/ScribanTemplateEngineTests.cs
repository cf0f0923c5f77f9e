using Reader.Theming;

namespace Reader.Tests.Theming;

public sealed class ScribanTemplateEngineTests : IDisposable
{
    private readonly TempTheme theme = new();

    public void Dispose() => theme.Dispose();

    private sealed record Page(string Title, RenderedHtml Body, IReadOnlyList<string> Items, string? Missing, int Count);

    private static Page Model(string title = "T") => new(title, new RenderedHtml("<em>body</em>"), ["a", "b"], null, 12345);

    private static void AssertError(TemplateException e, string file, int line)
    {
        Assert.Equal(Path.GetFullPath(file), Path.GetFullPath(e.File));
        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void Every_value_is_escaped_except_rendered_html_and_included_partials_are_not_escaped_twice()
    {
        theme.Partial("frame", "<p title=\"{{ title }}\">{{ title }}</p>\n");
        theme.Layout("page", "{{ include 'frame' }}{{ body }}|{{ count }}|{{ for item in items }}{{ item }}{{ end }}|{{ missing }}|");

        var html = new ScribanTemplateEngine(theme.Root).Render("page", Model("<b>'Q' & \"A\" = `x`</b>"));

        const string escaped = "&lt;b&gt;&#x27;Q&#x27; &amp; &quot;A&quot; &#x3D; &#x60;x&#x60;&lt;/b&gt;";
        Assert.Equal($"<p title=\"{escaped}\">{escaped}</p>\n<em>body</em>|12345|ab||", html);
    }

    [Fact]
    public void Text_outside_the_escaped_characters_is_written_as_it_is()
    {
        theme.Layout("page", "{{ title }}");

        Assert.Equal("Zürich · ≠ ✓ — 5%", new ScribanTemplateEngine(theme.Root).Render("page", Model("Zürich · ≠ ✓ — 5%")));
    }

    [Fact]
    public void Values_and_pages_of_millions_of_characters_are_written_whole()
    {
        // Scriban's default cuts both off at a million characters, without an error.
        theme.Layout("page", "{{ for item in items }}{{ title }}{{ body }}{{ end }}|");
        var title = new string('a', 1_500_000) + "&";
        var model = Model(title) with { Body = new RenderedHtml(new string('b', 1_500_000)), Items = ["1", "2"] };

        var html = new ScribanTemplateEngine(theme.Root).Render("page", model);

        Assert.Equal(2 * (1_500_000 + "&amp;".Length + 1_500_000) + 1, html.Length);
        Assert.EndsWith("b|", html);
    }

    [Fact]
    public void A_name_the_view_model_lacks_is_an_error_naming_file_and_line()
    {
        var layout = theme.Layout("page", "<p>\n{{ title }}\n{{ no_such_name }}</p>");
        var engine = new ScribanTemplateEngine(theme.Root);

        AssertError(Assert.Throws<TemplateException>(() => engine.Render("page", Model())), layout, 3);
    }

    [Fact]
    public void A_member_the_view_model_lacks_is_an_error_too()
    {
        var partial = theme.Partial("frame", "<p>\n\n{{ title.no_such_member }}</p>");
        theme.Layout("page", "{{ include 'frame' }}");
        var engine = new ScribanTemplateEngine(theme.Root);

        var error = Assert.Throws<TemplateException>(() => engine.Render("page", Model()));

        AssertError(error, partial, 3);
        Assert.Contains("no_such_member", error.Message);
    }

    [Fact]
    public void An_unclosed_block_is_reported_on_the_line_that_opened_it()
    {
        var layout = theme.Layout("page", "<main>\n{{ if title }}\n{{ for item in items }}{{ item }}{{ end }}\n</main>\n");

        AssertError(Assert.Throws<TemplateException>(() => new ScribanTemplateEngine(theme.Root)), layout, 2);
    }

    [Fact]
    public void Including_a_partial_the_theme_lacks_is_an_error_before_any_page_renders()
    {
        var layout = theme.Layout("page", "<main>\n\n{{ include 'no-such-partial' }}\n</main>");

        var error = Assert.Throws<TemplateException>(() => new ScribanTemplateEngine(theme.Root));

        AssertError(error, layout, 3);
        Assert.Contains("no-such-partial", error.Message);
    }

    [Theory]
    [InlineData("../layouts/page")]
    [InlineData("/etc/passwd")]
    public void Includes_stay_inside_the_theme_partials(string name)
    {
        var layout = theme.Layout("page", "{{ include '" + name + "' }}");

        AssertError(Assert.Throws<TemplateException>(() => new ScribanTemplateEngine(theme.Root)), layout, 1);
    }

    [Fact]
    public void Html_escape_is_refused_because_it_would_escape_twice()
    {
        var layout = theme.Layout("page", "<h1>\n{{ title | html.escape }}</h1>");

        var error = Assert.Throws<TemplateException>(() => new ScribanTemplateEngine(theme.Root));

        AssertError(error, layout, 2);
        Assert.Contains("html.escape", error.Message);
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_nesting_limit_with_file_and_line()
    {
        var partial = theme.Partial("loop", "x{{ include 'loop' }}");
        theme.Layout("page", "{{ include 'loop' }}");
        var engine = new ScribanTemplateEngine(theme.Root);

        AssertError(Assert.Throws<TemplateException>(() => engine.Render("page", Model())), partial, 1);
    }

    [Fact]
    public void A_loop_that_never_ends_stops_at_the_iteration_limit_with_file_and_line()
    {
        var layout = theme.Layout("page", "a\n{{ while true }}{{ end }}");
        var engine = new ScribanTemplateEngine(theme.Root);

        AssertError(Assert.Throws<TemplateException>(() => engine.Render("page", Model())), layout, 2);
    }

    [Fact]
    public void A_layout_that_does_not_exist_is_named()
    {
        var engine = new ScribanTemplateEngine(theme.Root);

        var error = Assert.Throws<TemplateException>(() => engine.Render("missing", Model()));

        Assert.EndsWith("layouts/missing.sbn-html", error.File);
    }
}
