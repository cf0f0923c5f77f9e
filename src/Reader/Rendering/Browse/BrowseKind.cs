namespace Reader.Rendering.Browse;

/// <summary>The ways a reader can browse the edition besides the front page's reading order.</summary>
public enum BrowseKind
{
    Outlet,
    Month,
    Section,
}
