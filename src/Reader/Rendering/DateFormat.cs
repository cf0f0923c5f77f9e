using System.Globalization;

namespace Reader.Rendering;

/// <summary>Dates as readers see them ("31 January 2025") and as machines read them ("2025-01-31"), culture-independent.</summary>
public static class DateFormat
{
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    public static string Short(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
