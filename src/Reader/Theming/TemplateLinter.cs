using Scriban;
using Scriban.Syntax;

namespace Reader.Theming;

/// <summary>
/// Checks a compiled template for what Scriban would only find while rendering, or not at all, each
/// reported with file and line: an include of a partial the theme does not have, and <c>html.escape</c>,
/// which would escape text a second time (every value is escaped on output; see <see cref="HtmlTemplateContext"/>).
/// </summary>
public static class TemplateLinter
{
    public static void Check(Template template, ISet<string> partials)
    {
        foreach (var node in Descendants(template.Page!))
        {
            if (node is ScriptFunctionCall { Target: ScriptVariable { Name: "include" } } call
                && call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string name })
            {
                if (!ThemeTemplateLoader.IsPartialName(name))
                    throw Error(template, node, $"\"{name}\" is not a partial name: include takes the name of a file in {ThemeTemplateLoader.PartialsFolder}/, without folder or extension");
                if (!partials.Contains(name))
                    throw Error(template, node, $"partial \"{name}\" not found in {ThemeTemplateLoader.PartialsFolder}/");
            }
            else if (node is ScriptMemberExpression { Target: ScriptVariable { Name: "html" }, Member.Name: "escape" })
            {
                throw Error(template, node, "html.escape would escape this text twice: every value a template writes is escaped already");
            }
        }
    }

    private static TemplateException Error(Template template, ScriptNode node, string message) =>
        new(template.SourceFilePath ?? node.Span.FileName ?? "", node.Span.Start.Line + 1, message);

    private static IEnumerable<ScriptNode> Descendants(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            foreach (var child in node.Children)
                if (child is not null) pending.Push(child);
        }
    }
}
