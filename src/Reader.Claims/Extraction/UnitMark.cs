namespace Reader.Claims.Extraction;

/// <summary>What follows a number and says what it measures: a percent sign or word, or a currency word or code.</summary>
internal readonly record struct UnitMark(UnitMarkKind Kind, string Unit, int End, decimal Divisor = 1m)
{
    public static UnitMark None(int at) => new(UnitMarkKind.None, "", at);
}
