namespace Reader.Rendering.Views;

/// <summary>Every outlet, month or section of the edition (<see cref="Heading"/> "Outlets"), with the other ways to browse.</summary>
public sealed record BrowseIndexView(string Heading, string Intro, IReadOnlyList<BrowseEntryView> Groups, IReadOnlyList<LinkView> OtherKinds)
{
    public bool HasOtherKinds => OtherKinds.Count > 0;
}
