using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Reader.Input;

/// <summary>
/// Reads edition.yml strictly: an unknown key, a key given twice or a malformed value is an error naming its line,
/// and so is a verdict that says its thing wrongly (<see cref="VerdictEntry.ToVerdict"/>).
/// </summary>
public static class EditionConfigReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        // A second "verdicts:" pasted below the first would otherwise silently replace it.
        .WithDuplicateKeyChecking()
        .WithNodeDeserializer(inner => new LineRecordingDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    public static EditionConfig Read(string yaml, string file)
    {
        try
        {
            var config = Deserializer.Deserialize<EditionConfig>(yaml) ?? new EditionConfig();
            config.Articles = new(config.Articles ?? [], StringComparer.Ordinal);
            config.Sources = new(config.Sources ?? [], StringComparer.OrdinalIgnoreCase);
            config.File = file;
            config.Verdicts = VerdictListReader.Read(config.VerdictEntries ?? [], file);
            return config;
        }
        catch (YamlException e)
        {
            throw new InputException(file, (int)e.Start.Line, Describe(e));
        }
    }

    /// <summary>YamlDotNet wraps the useful message; unwrap it and drop its own position prefix.</summary>
    internal static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        var message = e.InnerException is null ? e.Message : $"{e.Message.Split(':').Last().Trim()} {inner}".Trim();
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return YamlMessages.Plain(message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message);
    }
}
