using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reader.Theming;

/// <summary>
/// The theme's Scriban templates behind <see cref="ITemplateEngine"/>: every layout and partial is read and
/// compiled once, when the engine is made (once per build; the preview keeps one until the theme changes),
/// and checked by <see cref="TemplateLinter"/>. Each render gets its own <see cref="HtmlTemplateContext"/>
/// (escaping, strict names, invariant culture, loop and nesting limits) with the compiled partials handed to
/// Scriban's include. Compiled templates are shared by the parallel page renders; Scriban allows that.
/// Every error names the template file (as given to the engine) and line.
/// </summary>
public sealed class ScribanTemplateEngine : ITemplateEngine
{
    /// <summary>Scriban's extension for HTML templates.</summary>
    public const string Extension = ".sbn-html";
    public const string LayoutsFolder = "layouts";

    private readonly string themeDirectory;
    private readonly ThemeTemplateLoader loader;
    private readonly Dictionary<string, Template> layouts = new(StringComparer.Ordinal);
    /// <summary>By the path <see cref="ThemeTemplateLoader"/> gives for their name: the key Scriban's include looks them up by.</summary>
    private readonly List<KeyValuePair<string, Template>> partials = [];
    private readonly ScriptObject builtins;

    public ScribanTemplateEngine(string themeDirectory)
    {
        this.themeDirectory = themeDirectory;
        loader = new ThemeTemplateLoader(themeDirectory);
        var partialNames = new HashSet<string>(StringComparer.Ordinal);
        var compiledPartials = new List<Template>();
        foreach (var (name, template) in Compile(ThemeTemplateLoader.PartialsFolder))
        {
            partialNames.Add(name);
            compiledPartials.Add(template);
            partials.Add(new(loader.PathOf(name), template));
        }
        foreach (var partial in compiledPartials) TemplateLinter.Check(partial, partialNames);
        foreach (var (name, template) in Compile(LayoutsFolder))
        {
            TemplateLinter.Check(template, partialNames);
            layouts[name] = template;
        }

        // Scriban's builtins (string, array, date, html …), made once and only read by renders.
        builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("include", new PartialInclude(), readOnly: true);
    }

    public string Render(string layout, object model)
    {
        if (!layouts.TryGetValue(layout, out var template))
            throw new TemplateException(DisplayPath(LayoutsFolder, layout), null, "layout not found");
        var context = new HtmlTemplateContext(builtins, loader);
        foreach (var partial in partials) context.CachedTemplates.Add(partial.Key, partial.Value);
        var globals = new ScriptObject();
        globals.Import(model, ScriptMemberImportFlags.Property);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(e.Span.FileName ?? DisplayPath(LayoutsFolder, layout), e.Span.Start.Line + 1, e.OriginalMessage);
        }
    }

    private IEnumerable<(string Name, Template Template)> Compile(string folder)
    {
        var dir = Path.Combine(themeDirectory, folder);
        if (!Directory.Exists(dir)) yield break;
        foreach (var path in Directory.EnumerateFiles(dir, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path)[..^Extension.Length];
            var display = DisplayPath(folder, name);
            var template = Template.Parse(Input.Utf8Text.NormaliseLineEnds(File.ReadAllText(path)), display);
            if (template.HasErrors)
            {
                var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
                // Only for a missing end: after other errors the partial tree may lack ends the text has.
                bool missingEnd = first.Message.Contains("<end>", StringComparison.Ordinal);
                var at = (missingEnd && template.Page is { } page ? UnclosedBlock.In(page)?.Span : null) ?? first.Span;
                throw new TemplateException(display, at.Start.Line + 1, first.Message);
            }
            yield return (name, template);
        }
    }

    /// <summary>Named as article files are (relative to the current folder), so a --theme elsewhere is found too.</summary>
    private string DisplayPath(string folder, string name) =>
        Input.LoadSources.DisplayPath(Path.Combine(themeDirectory, folder, name + Extension));
}
