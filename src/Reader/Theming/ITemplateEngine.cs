namespace Reader.Theming;

/// <summary>
/// The template seam: renders a named layout of the theme with a view model made for it. Scriban implements
/// it (<see cref="ScribanTemplateEngine"/>); page builders know only this interface.
/// </summary>
public interface ITemplateEngine
{
    /// <summary>Renders layouts/{layout}.sbn-html. Throws <see cref="TemplateException"/> naming template file and line.</summary>
    string Render(string layout, object model);
}
