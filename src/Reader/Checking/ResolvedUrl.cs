namespace Reader.Checking;

/// <summary>A link target after browser-style resolution.</summary>
/// <param name="Kind">Whether the target is inside the site.</param>
/// <param name="Path">For <see cref="ResolvedUrlKind.Internal"/>: percent-decoded path relative to the site root, "" for the root.</param>
/// <param name="Fragment">Text after '#' as written (not decoded), or null when the URL has no '#'.</param>
/// <param name="Raw">The URL as it appeared in the source, for messages.</param>
internal sealed record ResolvedUrl(ResolvedUrlKind Kind, string Path, string? Fragment, string Raw);
