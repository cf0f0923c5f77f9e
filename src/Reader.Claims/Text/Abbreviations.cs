namespace Reader.Claims.Text;

/// <summary>
/// Abbreviations that end in a full stop without ending the sentence. Titles always precede a name or a
/// number, so they never end a sentence; the others ("U.S.", "Corp.", "Feb.") may, and the splitter then
/// looks at the next word.
/// </summary>
internal static class Abbreviations
{
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr", "adm", "sgt",
        "rev", "hon", "pres", "supt", "det", "insp", "st", "no", "nos", "vol", "art", "fig", "pp", "vs", "v",
        "messrs", "mt", "ft", "sr", "jr", "e.g", "i.e", "cf", "approx", "est", "ca",
    };

    public static readonly HashSet<string> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        "corp", "inc", "co", "ltd", "llc", "plc", "bros", "assn", "dept", "univ", "govt", "etc", "al",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "a.m", "p.m", "ave", "blvd", "rd", "hwy", "mass", "calif", "fla", "wash", "penn", "conn", "ariz",
        "mich", "minn", "ill", "tex", "va", "md", "pa", "ky", "tenn", "ga", "ala", "la", "okla", "colo", "nev", "ore",
    };
}
