using Reader.Claims.Model;

namespace Reader.Claims.Extraction.Lexicons;

/// <summary>
/// Hedge phrases before a figure, in CoreNLP's vocabulary (~ &gt; ≥ ≤ &lt;), and the few that follow it
/// ("or more"). Longest phrase first so "no more than" wins over "more than".
/// </summary>
internal static class Hedges
{
    public static readonly (string[] Words, Qualifier Qualifier)[] Before =
    [
        (["no", "fewer", "than"], Qualifier.AtLeast), (["no", "less", "than"], Qualifier.AtLeast),
        (["no", "more", "than"], Qualifier.UpTo), (["as", "many", "as"], Qualifier.UpTo),
        (["as", "much", "as"], Qualifier.UpTo), (["a", "maximum", "of"], Qualifier.UpTo),
        (["a", "minimum", "of"], Qualifier.AtLeast), (["in", "excess", "of"], Qualifier.MoreThan),
        (["an", "estimated"], Qualifier.Approximately), (["close", "to"], Qualifier.Approximately),
        (["more", "than"], Qualifier.MoreThan), (["greater", "than"], Qualifier.MoreThan),
        (["upwards", "of"], Qualifier.MoreThan), (["at", "least"], Qualifier.AtLeast),
        (["up", "to"], Qualifier.UpTo), (["at", "most"], Qualifier.UpTo),
        (["less", "than"], Qualifier.LessThan), (["fewer", "than"], Qualifier.LessThan),
        (["just", "over"], Qualifier.MoreThan), (["just", "under"], Qualifier.LessThan),
        (["approximately"], Qualifier.Approximately), (["about"], Qualifier.Approximately),
        (["nearly"], Qualifier.Approximately), (["around"], Qualifier.Approximately),
        (["roughly"], Qualifier.Approximately), (["some"], Qualifier.Approximately),
        (["almost"], Qualifier.Approximately), (["approx"], Qualifier.Approximately),
        (["circa"], Qualifier.Approximately), (["estimated"], Qualifier.Approximately),
        (["over"], Qualifier.MoreThan), (["above"], Qualifier.MoreThan), (["exceeding"], Qualifier.MoreThan),
        (["under"], Qualifier.LessThan), (["below"], Qualifier.LessThan),
    ];

    /// <summary>
    /// <see cref="Before"/> by first word, in the same order: only hedges whose first word is at a token can start
    /// there, so a token meets a handful of phrases instead of every one (this runs for every candidate token).
    /// </summary>
    public static readonly WordMap<(string[] Words, Qualifier Qualifier)[]> BeforeByFirstWord = new(
        Before.GroupBy(h => h.Words[0], StringComparer.OrdinalIgnoreCase).Select(g => KeyValuePair.Create(g.Key, g.ToArray())));

    public static readonly (string[] Words, Qualifier Qualifier)[] After =
    [
        (["or", "more"], Qualifier.AtLeast), (["or", "so"], Qualifier.Approximately),
        (["or", "fewer"], Qualifier.UpTo), (["or", "less"], Qualifier.UpTo),
    ];

    public static string Symbol(Qualifier q) => q switch
    {
        Qualifier.Approximately => "≈ ",
        Qualifier.MoreThan => "> ",
        Qualifier.AtLeast => "≥ ",
        Qualifier.UpTo => "≤ ",
        Qualifier.LessThan => "< ",
        _ => "",
    };
}
