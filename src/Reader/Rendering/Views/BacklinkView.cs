namespace Reader.Rendering.Views;

/// <param name="Letter">"a", "b", … (only shown when a source is cited more than once).</param>
/// <param name="Label">Accessible name: "Back to citation 2 in ‹article›".</param>
public sealed record BacklinkView(string Letter, string Href, string Label);
