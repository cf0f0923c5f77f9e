using System.Globalization;
using Reader.Pipeline;
using YamlDotNet.RepresentationModel;

namespace Reader.Input.Yaml;

/// <summary>
/// A YAML mapping read the way an editor means it: every key a plain name on its line, each value of the type
/// its key needs — a wrong one is an error in plain words naming the line ("\"order\" must be a whole number,
/// not \"first\""), never a .NET type name. Text values lose control characters, with a warning.
/// </summary>
public sealed class YamlMap(YamlMappingNode node, YamlSource source)
{
    public YamlSource Source => source;

    /// <summary>Each key with its value and the file's line; a key that is not a plain name is an error.</summary>
    public IEnumerable<YamlEntry> Entries()
    {
        foreach (var (key, value) in node.Children)
        {
            int line = source.LineOf(key.Start);
            if (key is not YamlScalarNode { Value: { } name })
                throw new InputException(source.File, line, "a key must be a plain name, not a list or a mapping");
            yield return new YamlEntry(name, value, line);
        }
    }

    /// <summary>Text, or null when the value is empty or "~"; a list or mapping is an error.</summary>
    public string? Text(YamlEntry entry)
    {
        if (entry.Value is not YamlScalarNode scalar)
            throw new InputException(source.File, entry.Line, $"{Quoted.Text(entry.Key)} must be a single value, not {Shape(entry.Value)}");
        if (IsNull(scalar)) return null;
        var text = ControlCharacters.Remove(scalar.Value!, out var removed);
        if (removed.Count > 0) source.Diagnostics.Warn(source.File, entry.Line, ControlCharacters.Warning(removed.Count, removed.First));
        return text;
    }

    public int? WholeNumber(YamlEntry entry)
    {
        var text = Text(entry);
        if (text is null) return null;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)) return value;
        throw new InputException(source.File, entry.Line, $"{Quoted.Text(entry.Key)} must be a whole number, not {Quoted.Text(text)}");
    }

    public bool? TrueOrFalse(YamlEntry entry)
    {
        var text = Text(entry);
        if (text is null) return null;
        if (bool.TryParse(text.Trim(), out bool value)) return value;
        throw new InputException(source.File, entry.Line, $"{Quoted.Text(entry.Key)} must be true or false, not {Quoted.Text(text)}");
    }

    /// <summary>A nested mapping, or null when the value is empty; anything else is an error saying what it should hold.</summary>
    /// <param name="holds">What each of its entries is, for the message ("one entry per article id").</param>
    public YamlMap? Map(YamlEntry entry, string holds)
    {
        if (entry.Value is YamlScalarNode scalar && IsNull(scalar)) return null;
        if (entry.Value is YamlMappingNode map) return new YamlMap(map, source);
        throw new InputException(source.File, entry.Line, $"{Quoted.Text(entry.Key)} must be a set of \"key: value\" lines, {holds}, not {Shape(entry.Value)}");
    }

    /// <summary>A list whose items are each a mapping, with each item's line; none when the value is empty; anything else is an error.</summary>
    /// <param name="holds">What each item is, for the message ("one per verdict").</param>
    public IReadOnlyList<(YamlMap Map, int Line)> MapList(YamlEntry entry, string holds)
    {
        if (entry.Value is YamlScalarNode scalar && IsNull(scalar)) return [];
        if (entry.Value is not YamlSequenceNode list)
            throw new InputException(source.File, entry.Line, $"{Quoted.Text(entry.Key)} must be a list of \"- \" items, {holds}, not {Shape(entry.Value)}");
        return list.Children.Select(item => item is YamlMappingNode map
            ? (new YamlMap(map, source), source.LineOf(item.Start))
            : throw new InputException(source.File, source.LineOf(item.Start),
                $"each item of {Quoted.Text(entry.Key)} must be a set of \"key: value\" lines, {holds}, not {Shape(item)}")).ToList();
    }

    /// <summary>A list of single values ("[first, second]", or one "- item" a line); an empty item is "".</summary>
    public IReadOnlyList<string> TextList(YamlEntry entry)
    {
        if (entry.Value is not YamlSequenceNode list)
            throw new InputException(source.File, entry.Line, $"{Quoted.Text(entry.Key)} must be a list, as [first, second], not {Shape(entry.Value)}");
        return list.Children.Select(item => item is YamlScalarNode s
            ? IsNull(s) ? "" : s.Value!
            : throw new InputException(source.File, source.LineOf(item.Start), $"each item of {Quoted.Text(entry.Key)} must be a single value, not {Shape(item)}")).ToList();
    }

    /// <summary>The error for a key that is not one of <paramref name="known"/>: the nearest known key, and all of them.</summary>
    public InputException UnknownKey(YamlEntry entry, IReadOnlyList<string> known, string where) =>
        new(source.File, entry.Line, UnknownKeyMessage(entry.Key, known, where));

    public static string UnknownKeyMessage(string key, IReadOnlyList<string> known, string where)
    {
        var nearest = known.MinBy(k => Distance(k, key.ToLowerInvariant()));
        var guess = nearest is not null && Distance(nearest, key.ToLowerInvariant()) <= Math.Max(2, nearest.Length / 3) ? $"did you mean \"{nearest}\"? " : "";
        return $"unknown key {Quoted.Text(key)} {where} ({guess}known keys: {string.Join(", ", known)})";
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    private static string Shape(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of \"key: value\" lines",
        YamlScalarNode s => Quoted.Text(s.Value),
        _ => "this",
    };

    /// <summary>Edit distance, for "did you mean": keys are short, so the plain table is cheap.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
