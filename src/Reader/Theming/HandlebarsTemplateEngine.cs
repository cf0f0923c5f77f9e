using System.Globalization;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace Reader.Theming;

/// <summary>
/// Handlebars.Net behind <see cref="ITemplateEngine"/>. Every layout and partial of the theme is
/// compiled once, at start. InvariantCulture (Handlebars.Net otherwise formats with the machine's
/// culture), unresolved bindings are errors, HTML escaping on: only "{{{triple}}}" output — which the
/// view models use solely for HTML we rendered ourselves — is written raw.
/// </summary>
public sealed class HandlebarsTemplateEngine : ITemplateEngine
{
    private readonly Dictionary<string, (TemplateSource Source, HandlebarsTemplate<object, object> Render)> layouts = new(StringComparer.Ordinal);
    private readonly List<TemplateSource> partials = [];
    private readonly string themeDirectory;

    public HandlebarsTemplateEngine(string themeDirectory)
    {
        this.themeDirectory = themeDirectory;
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
        });
        partials.AddRange(Read(themeDirectory, "partials"));
        var partialNames = partials.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var partial in partials)
        {
            TemplateLinter.Check(partial, partialNames);
            Compile(partial, () => handlebars.RegisterTemplate(partial.Name, partial.Text));
        }
        foreach (var layout in Read(themeDirectory, "layouts"))
        {
            TemplateLinter.Check(layout, partialNames);
            layouts[layout.Name] = (layout, Compile(layout, () => handlebars.Compile(layout.Text)));
        }
    }

    public string Render(string layout, object model)
    {
        if (!layouts.TryGetValue(layout, out var entry))
            throw new TemplateException(Input.LoadSources.DisplayPath(Path.Combine(themeDirectory, "layouts", layout + ".hbs")), null, "layout not found");
        try
        {
            return entry.Render(model);
        }
        catch (HandlebarsUndefinedBindingException e)
        {
            var (file, line) = Locate(entry.Source, e.MissingKey);
            throw new TemplateException(file, line, $"\"{e.Path}\" is not defined for this page's view model");
        }
        catch (HandlebarsException e)
        {
            throw new TemplateException(entry.Source.DisplayPath, null, e.Message);
        }
    }

    /// <summary>The binding may sit in the layout or in one of its partials: name the first that uses it.</summary>
    private (string File, int? Line) Locate(TemplateSource layout, string key)
    {
        foreach (var source in partials.Prepend(layout))
            if (source.LineOf(key) is { } line) return (source.DisplayPath, line);
        return (layout.DisplayPath, null);
    }

    private static T Compile<T>(TemplateSource source, Func<T> compile)
    {
        try { return compile(); }
        catch (HandlebarsException e) { throw new TemplateException(source.DisplayPath, null, e.Message); }
    }

    private static void Compile(TemplateSource source, Action compile) => Compile(source, () => { compile(); return 0; });

    private static IEnumerable<TemplateSource> Read(string themeDirectory, string folder)
    {
        var dir = Path.Combine(themeDirectory, folder);
        if (!Directory.Exists(dir)) yield break;
        foreach (var path in Directory.EnumerateFiles(dir, "*.hbs").Order(StringComparer.Ordinal))
        {
            // Named as the article files are (relative to the current folder), so a --theme elsewhere is found too.
            yield return new TemplateSource(Input.LoadSources.DisplayPath(path), Path.GetFileNameWithoutExtension(path), Input.Utf8Text.NormaliseLineEnds(File.ReadAllText(path)));
        }
    }
}
