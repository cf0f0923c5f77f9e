namespace Reader.Rendering.Views;

/// <summary>An axis label of a timeline chart; <see cref="Anchor"/> is SVG's text-anchor ("start", "end").</summary>
public sealed record TimelineTickView(string X, string Y, string Text, string Anchor);
