namespace Reader.Claims.Extraction.Lexicons;

/// <summary>Currency symbols, ISO codes and words, mapped to ISO 4217 codes.</summary>
internal static class Currencies
{
    /// <summary>Single-character symbols before a figure. "¥" is read as yen, the commoner sense in English news.</summary>
    public static string? Symbol(char c) => c switch
    {
        '$' => "USD", '€' => "EUR", '£' => "GBP", '¥' => "JPY", '₹' => "INR", '₩' => "KRW",
        '₽' => "RUB", '₺' => "TRY", '₪' => "ILS", '₱' => "PHP",
        _ => null,
    };

    /// <summary>Letters glued before "$": "US$", "A$", "HK$".</summary>
    public static readonly WordMap<string> DollarPrefixes = new(new Dictionary<string, string>
    {
        ["US"] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["HK"] = "HKD",
        ["S"] = "SGD", ["NZ"] = "NZD", ["R"] = "BRL", ["NT"] = "TWD", ["MX"] = "MXN",
    });

    /// <summary>ISO codes, accepted before or after a figure only in upper case ("USD 5m", "5 million EUR").</summary>
    public static readonly WordMap<string> Codes = new(
        new[] { "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD", "AUD", "HKD", "SGD", "NZD", "KRW",
         "RUB", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "TRY", "SAR", "AED" }
        .Select(c => KeyValuePair.Create(c, c == "RMB" ? "CNY" : c)));

    /// <summary>Currency words after a figure ("500 billion yen", "10 dollars").</summary>
    public static readonly WordMap<string> Words = new(new Dictionary<string, string>
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["bucks"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR",
        ["pound"] = "GBP", ["pounds"] = "GBP", ["sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY",
        ["renminbi"] = "CNY", ["rupee"] = "INR", ["rupees"] = "INR", ["peso"] = "MXN", ["pesos"] = "MXN",
        ["franc"] = "CHF", ["francs"] = "CHF", ["ruble"] = "RUB", ["rubles"] = "RUB", ["rouble"] = "RUB",
        ["roubles"] = "RUB", ["markka"] = "FIM", ["markkaa"] = "FIM", ["lira"] = "TRY", ["rand"] = "ZAR",
        ["real"] = "BRL", ["reais"] = "BRL", ["krona"] = "SEK", ["kronor"] = "SEK", ["krone"] = "NOK",
        ["kroner"] = "NOK", ["shekel"] = "ILS", ["shekels"] = "ILS", ["dinar"] = "DINAR", ["dinars"] = "DINAR",
        ["cent"] = "USD/100", ["cents"] = "USD/100", ["pence"] = "GBP/100", ["penny"] = "GBP/100",
    });

    /// <summary>Currency words that are also common English words: trusted only after a scale word ("5 billion won").</summary>
    public static readonly WordMap<string> AmbiguousWords = new(new Dictionary<string, string>
    {
        ["won"] = "KRW", ["real"] = "BRL", ["rand"] = "ZAR",
    });

    /// <summary>Adjectives that name whose dollar, franc, … ("Australian dollars", "Hong Kong dollars").</summary>
    public static readonly WordMap<string> DollarCountries = new(new Dictionary<string, string>
    {
        ["us"] = "USD", ["american"] = "USD", ["australian"] = "AUD", ["canadian"] = "CAD",
        ["singapore"] = "SGD", ["taiwan"] = "TWD", ["zealand"] = "NZD", ["kong"] = "HKD",
        ["swiss"] = "CHF", ["french"] = "FRF", ["finnish"] = "FIM", ["mexican"] = "MXN",
        ["japanese"] = "JPY", ["chinese"] = "CNY", ["indian"] = "INR", ["russian"] = "RUB",
        ["south"] = "", ["new"] = "", ["hong"] = "",
    });
}
