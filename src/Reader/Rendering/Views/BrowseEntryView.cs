namespace Reader.Rendering.Views;

/// <summary>One outlet, month or section in the list of them: its name, page and "12 articles".</summary>
public sealed record BrowseEntryView(string Title, string Href, string CountText);
