namespace Reader.Theming;

/// <summary>
/// HTML that Reader made itself (an article's body from Markdig, a partial the theme rendered): the only
/// value a template writes as it is. Every other value is text and is escaped on output
/// (<see cref="HtmlTemplateContext"/>), so a view model cannot put markup into a page by mistake.
/// </summary>
public sealed record RenderedHtml(string Html)
{
    public override string ToString() => Html;
}
