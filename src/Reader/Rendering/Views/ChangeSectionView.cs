namespace Reader.Rendering.Views;

/// <summary>One kind of change on the changes page: "Figures changed" and its items.</summary>
public sealed record ChangeSectionView(string Title, string Anchor, IReadOnlyList<ChangeItemView> Items)
{
    public bool HasItems => Items.Count > 0;
}
