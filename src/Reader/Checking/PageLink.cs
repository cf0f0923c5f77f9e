namespace Reader.Checking;

/// <summary>One URL-bearing attribute of one element, already resolved.</summary>
/// <param name="Element">Rendered start tag for the finding, e.g. &lt;img src="a.png"&gt;.</param>
/// <param name="Target">Where the browser would go.</param>
internal sealed record PageLink(string Element, ResolvedUrl Target);
