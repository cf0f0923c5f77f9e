namespace Reader.Rendering.Views;

/// <summary>One article's mark on a timeline chart, with the words a pointer shows (<see cref="Title"/>).</summary>
public sealed record TimelineMarkView(string X, string Y, string Title);
