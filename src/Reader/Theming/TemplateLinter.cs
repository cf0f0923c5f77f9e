using System.Text.RegularExpressions;

namespace Reader.Theming;

/// <summary>
/// Checks a template's structure before Handlebars.Net compiles it, because Handlebars.Net's own
/// errors carry no position: unclosed "{{", unbalanced "{{#block}}…{{/block}}", and partials that do
/// not exist, each reported with its line.
/// </summary>
public static partial class TemplateLinter
{
    public static void Check(TemplateSource template, ISet<string> partials)
    {
        var open = new Stack<(string Name, int Line)>();
        int index = 0;
        while ((index = template.Text.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            int line = LineAt(template.Text, index);
            int close = template.Text.IndexOf("}}", index + 2, StringComparison.Ordinal);
            int nextOpen = template.Text.IndexOf("{{", index + 2, StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close && !template.Text.AsSpan(index).StartsWith("{{{")))
                throw new TemplateException(template.DisplayPath, line, "\"{{\" is never closed with \"}}\"");
            var tag = template.Text[(index + 2)..close].Trim('{', '}', '~', ' ', '\n', '\t');
            index = close + 2;
            if (tag.StartsWith('!')) continue;
            if (tag.StartsWith('#'))
                open.Push((BlockName().Match(tag[1..]).Value, line));
            else if (tag.StartsWith('/'))
            {
                var name = tag[1..].Trim();
                if (open.Count == 0) throw new TemplateException(template.DisplayPath, line, $"\"{{{{/{name}}}}}\" closes a block that was never opened");
                var (expected, openedAt) = open.Pop();
                if (expected != name)
                    throw new TemplateException(template.DisplayPath, line, $"\"{{{{/{name}}}}}\" closes \"{{{{#{expected}}}}}\" opened on line {openedAt}");
            }
            else if (tag.StartsWith('>'))
            {
                var partial = BlockName().Match(tag[1..].TrimStart()).Value;
                if (!partials.Contains(partial))
                    throw new TemplateException(template.DisplayPath, line, $"partial \"{partial}\" not found in theme/partials/");
            }
        }
        if (open.Count > 0)
        {
            var (name, line) = open.Pop();
            throw new TemplateException(template.DisplayPath, line, $"\"{{{{#{name}}}}}\" is never closed");
        }
    }

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"^[\w\-\.@/]+")]
    private static partial Regex BlockName();
}
