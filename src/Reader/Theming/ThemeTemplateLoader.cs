using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reader.Theming;

/// <summary>
/// Resolves <c>{{ include 'name' }}</c> to the theme's partials/name.sbn-html, and nowhere else: a name with
/// a folder or ".." in it is refused, so a theme cannot pull in files from outside its folder. The partials
/// themselves are compiled once per build and handed to each render (<see cref="ScribanTemplateEngine"/>),
/// so <see cref="Load"/> is reached only for a name no partial has.
/// </summary>
public sealed class ThemeTemplateLoader(string themeDirectory) : ITemplateLoader
{
    public const string PartialsFolder = "partials";

    /// <summary>The full path of the partial <paramref name="name"/>; also the key compiled partials are cached under.</summary>
    public string PathOf(string name) => Path.GetFullPath(Path.Combine(themeDirectory, PartialsFolder, name + ScribanTemplateEngine.Extension));

    public static bool IsPartialName(string name) =>
        name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && name != "." && name != "..";

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        IsPartialName(templateName)
            ? PathOf(templateName)
            : throw new ScriptRuntimeException(callerSpan, $"\"{templateName}\" is not a partial name: include takes the name of a file in {PartialsFolder}/, without folder or extension");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"partial \"{Path.GetFileNameWithoutExtension(templatePath)}\" not found in {PartialsFolder}/");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
