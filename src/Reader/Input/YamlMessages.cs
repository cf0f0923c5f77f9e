using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Reader.Input;

/// <summary>
/// YamlDotNet's messages about the shape of a value name .NET types ("Invalid cast from 'System.String' to
/// 'System.Collections.Generic.List`1[…]'"); an editor needs plain words: which key is unknown and which are known,
/// or that a list was expected.
/// </summary>
internal static partial class YamlMessages
{
    public static string Plain(string message)
    {
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            var known = KeysOf(unknown.Groups["type"].Value);
            return $"unknown key \"{unknown.Groups["key"].Value}\"" + (known.Count > 0 ? $" (known here: {string.Join(", ", known)})" : "");
        }
        if (message.Contains("Invalid cast from 'System.String' to 'System.Collections.Generic.List", StringComparison.Ordinal))
            return "expected a list, as [first, second] or one \"- item\" a line, not a single value";
        if (message.Contains("Invalid cast from 'System.String' to 'System.Collections.Generic.Dictionary", StringComparison.Ordinal))
            return "expected keys with values beneath, not a single value";
        if (message.Contains("deserialize the node into type System.String", StringComparison.Ordinal))
            return "expected a single value, not a list or keys";
        if (NotANumber().Match(message) is { Success: true } number)
            return $"\"{number.Groups["text"].Value}\" is not a whole number";
        return message;
    }

    /// <summary>The keys a type of edition.yml takes, as they are written there.</summary>
    private static List<string> KeysOf(string typeName)
    {
        var type = typeof(YamlMessages).Assembly.GetType(typeName);
        if (type is null) return [];
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .Select(p => p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? UnderscoredNamingConvention.Instance.Apply(p.Name))
            .ToList();
    }

    [GeneratedRegex(@"Property '(?<key>[^']*)' not found on type '(?<type>[^']*)'")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"The input string '(?<text>[^']*)' was not in a correct format")]
    private static partial Regex NotANumber();
}
