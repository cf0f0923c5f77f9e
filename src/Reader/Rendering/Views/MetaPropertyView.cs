namespace Reader.Rendering.Views;

/// <summary>One <c>&lt;meta property content&gt;</c> of the page head ("og:title").</summary>
public sealed record MetaPropertyView(string Property, string Content);
