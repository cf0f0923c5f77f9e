namespace Reader.Theming;

/// <summary>
/// The template seam: renders a named layout of the theme with a view model made for it. Handlebars.Net
/// implements it today; a Scriban engine would implement this same interface and nothing else would change.
/// </summary>
public interface ITemplateEngine
{
    /// <summary>Renders layouts/{layout}.hbs. Throws <see cref="TemplateException"/> naming template file and line.</summary>
    string Render(string layout, object model);
}
