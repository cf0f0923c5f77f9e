namespace Reader.Claims.Extraction.Lexicons;

/// <summary>Spelled-out English numbers: cardinals, scale words and ordinals.</summary>
internal static class NumberWords
{
    public static readonly WordMap<int> Units = new(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19,
    });

    public static readonly WordMap<int> Tens = new(new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    });

    /// <summary>Scale words after a number ("1.4 million", "two billion"); "bn"/"tn" are newsroom shorthand.</summary>
    public static readonly WordMap<decimal> Scales = new(new Dictionary<string, decimal>
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["bn"] = 1_000_000_000m, ["mn"] = 1_000_000m,
        ["tn"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m,
    });

    /// <summary>
    /// Plural scale words that state a magnitude without a number ("dozens", "thousands of"). Each allows at least
    /// two of its unit, so the least value it states is twice the scale.
    /// </summary>
    public static readonly WordMap<decimal> PluralScales = new(new Dictionary<string, decimal>
    {
        ["dozens"] = 12m, ["hundreds"] = 100m, ["thousands"] = 1_000m, ["millions"] = 1_000_000m,
        ["billions"] = 1_000_000_000m, ["trillions"] = 1_000_000_000_000m,
    });

    /// <summary>Plural scales that multiply a larger one: "tens of thousands", "hundreds of millions".</summary>
    public static readonly WordMap<decimal> PluralMultipliers = new(new Dictionary<string, decimal>
    {
        ["tens"] = 10m, ["hundreds"] = 100m,
    });

    /// <summary>Suffixes glued to money figures ("$8B", "£5m", "$30k"): only trusted next to a currency.</summary>
    public static readonly WordMap<decimal> MoneySuffixes = new(new Dictionary<string, decimal>
    {
        ["k"] = 1_000m, ["m"] = 1_000_000m, ["b"] = 1_000_000_000m, ["t"] = 1_000_000_000_000m,
    });

    public static readonly WordMap<int> Ordinals = new(new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20,
        ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70,
        ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100, ["thousandth"] = 1000,
        ["millionth"] = 1_000_000, ["billionth"] = 1_000_000_000,
    });

    /// <summary>Denominators of spelled fractions, singular ("a third", "one-quarter") and plural ("two-thirds").</summary>
    public static readonly WordMap<int> Denominators = new(new Dictionary<string, int>
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4,
        ["fourth"] = 4, ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6,
        ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9,
        ["tenth"] = 10, ["tenths"] = 10,
    });

    /// <summary>Suffixes of numeric ordinals ("21st"); checked against the last digit by the reader.</summary>
    public static readonly WordSet OrdinalSuffixes = new("st", "nd", "rd", "th");

    /// <summary>The English suffix of an ordinal: 1st, 2nd, 3rd, 4th, but 11th–13th.</summary>
    public static string OrdinalSuffix(long n) =>
        (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
