using Reader.Claims.Extraction.Lexicons;

namespace Reader.Claims.Extraction;

/// <summary>
/// An ordinal followed by a capitalised word is part of a name ("the 5th Amendment", "the 109th Congress", "the
/// First Amendment", "the Third Way", "14th Congressional District"), except where it still ranks something a report
/// can get wrong: editions of a recurring event ("the Third Annual Forum"), a century ("the 19th Century"), or one of
/// someone's own ("his 12th Academy Award nomination", "Elvis' 19th UK number one").
/// </summary>
internal static class OrdinalNames
{
    private static readonly WordSet Recurring = new("annual", "biennial", "anniversary");
    private static readonly WordSet Owners = new("his", "her", "its", "their", "our", "my", "your");

    /// <param name="first">The ordinal's first token.</param>
    /// <param name="next">The token right after the ordinal.</param>
    public static bool IsInName(TokenStream s, int first, int next)
    {
        if (!s.IsCapitalised(next)) return false;
        var w = s.Span(next);
        if (Recurring.Contains(w) || TimeUnits.Names.Contains(w) || Months.Names.Contains(w) || Months.Weekdays.Contains(w)) return false;
        int prev = first - 1;
        bool owned = s.IsWord(prev) && (Owners.Contains(s.Span(prev)) || s.IsPossessive(prev))
                     || s.IsSymbol(prev, '\'') && s.Glued(prev) && s.IsPossessive(prev - 1);
        return !owned;
    }
}
