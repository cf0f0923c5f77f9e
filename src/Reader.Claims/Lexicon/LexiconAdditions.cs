using System.Reflection;

namespace Reader.Claims.Lexicon;

/// <summary>Reads Data/additions.txt (format in its header). A malformed line is a build error of Reader itself, so it throws.</summary>
internal static class LexiconAdditions
{
    public const string ResourceName = "Reader.Claims.Lexicon.Data.additions.txt";

    public static List<LexiconAddition> Parse(TextReader reader)
    {
        var result = new List<LexiconAddition>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            int hash = line.IndexOf('#');
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0) continue;
            var f = content.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 4 || hash < 0)
                throw new InvalidDataException($"additions.txt:{number}: expected 'word pos relation target  # why'");
            var pos = Pos(f[1], number);
            var kind = f[2] switch
            {
                "same" => LexiconAdditionKind.Same,
                "inflection" => LexiconAdditionKind.Inflection,
                "derived" => LexiconAdditionKind.Derived,
                _ => throw new InvalidDataException($"additions.txt:{number}: relation '{f[2]}' is not same, inflection or derived"),
            };
            var target = f[3].Split(':');
            var targetPos = target.Length == 2 ? Pos(target[1], number) : pos;
            result.Add(new LexiconAddition(Word(f[0]), pos, kind, Word(target[0]), targetPos, number));
        }
        return result;
    }

    private static PartOfSpeech Pos(string code, int line) => code switch
    {
        "n" => PartOfSpeech.Noun,
        "v" => PartOfSpeech.Verb,
        "a" => PartOfSpeech.Adjective,
        _ => throw new InvalidDataException($"additions.txt:{line}: part of speech '{code}' is not n, v or a"),
    };

    private static string Word(string text) => text.Replace('_', ' ').ToLowerInvariant();

    public static List<LexiconAddition> Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"resource {ResourceName} missing from Reader.Claims");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
