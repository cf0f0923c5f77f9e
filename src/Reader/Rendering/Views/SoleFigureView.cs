namespace Reader.Rendering.Views;

/// <summary>A figure only one article gives: listed so a reader sees every figure of a small edition in one place.</summary>
public sealed record SoleFigureView(string Figure, string Normalised, string Kind, string Subject, string Href, string Article);
