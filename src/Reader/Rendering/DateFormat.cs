using System.Globalization;

namespace Reader.Rendering;

/// <summary>Dates as readers see them ("4 March 2024") and as machines read them ("2024-03-04"), culture-independent.</summary>
public static class DateFormat
{
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    public static string Short(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
