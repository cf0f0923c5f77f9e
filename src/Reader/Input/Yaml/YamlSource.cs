using Reader.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reader.Input.Yaml;

/// <summary>
/// One YAML text of the input — edition.yml, or an article's front matter — read strictly: malformed YAML, a
/// duplicate key and a key that is not a plain name are errors naming the file's line. Values are read through
/// <see cref="YamlMap"/>, which names wrong types in plain words.
/// </summary>
/// <param name="File">The file, as messages name it.</param>
/// <param name="LineOffset">Lines of the file before the YAML text (front matter: the opening "---").</param>
public sealed record YamlSource(string File, int LineOffset, Diagnostics Diagnostics)
{
    /// <summary>The top-level mapping, or null for an empty text.</summary>
    /// <param name="what">What the text should be, for the message when it is not a mapping ("front matter", "edition.yml").</param>
    public YamlMap? Load(string yaml, string what)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InputException(File, LineOf(e.Start), Describe(e));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections ("[a, b").
            throw new InputException(File, FirstBadLine(yaml) + LineOffset, $"{what} is not valid YAML (an unclosed \"[\", \"{{\" or quote?)");
        }
        if (stream.Documents.Count == 0) return null;
        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" or "~" }) return null;
        if (root is not YamlMappingNode map)
            throw new InputException(File, LineOf(root.Start), $"{what} must be a set of \"key: value\" lines");
        return new YamlMap(map, this);
    }

    /// <summary>The file's 1-based line of a YAML position.</summary>
    public int LineOf(Mark mark) => (int)mark.Line + LineOffset;

    /// <summary>YamlDotNet wraps the useful message; unwrap it and drop its own position prefix.</summary>
    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        var message = e.InnerException is null ? e.Message : $"{e.Message.Split(':').Last().Trim()} {inner}".Trim();
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
        return message.StartsWith("Duplicate key ", StringComparison.Ordinal)
            ? $"\"{message["Duplicate key ".Length..]}\" is given twice: keep one of them"
            : message;
    }

    /// <summary>The 1-based YAML line where reading first fails: the shortest failing prefix of lines.</summary>
    private static int FirstBadLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (int n = 1; n <= lines.Length; n++)
        {
            try { new YamlStream().Load(new StringReader(string.Join('\n', lines[..n]))); }
            catch (Exception e) when (e is YamlException or InvalidOperationException) { return n; }
        }
        return lines.Length;
    }
}
