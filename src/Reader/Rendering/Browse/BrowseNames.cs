namespace Reader.Rendering.Browse;

/// <summary>What the browse kinds are called on the page.</summary>
public static class BrowseNames
{
    public static string Plural(BrowseKind kind) => kind switch
    {
        BrowseKind.Outlet => "Outlets",
        BrowseKind.Month => "Months",
        BrowseKind.Section => "Sections",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Singular(BrowseKind kind) => kind switch
    {
        BrowseKind.Outlet => "Outlet",
        BrowseKind.Month => "Month",
        BrowseKind.Section => "Section",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
