namespace Reader.Checking;

/// <summary>One problem found by <see cref="SiteChecker"/>.</summary>
/// <param name="Page">Site-relative path of the checked file, '/'-separated, e.g. "articles/x/index.html".</param>
/// <param name="Element">Short start-tag rendering of the offending element, e.g. &lt;a href="#n3"&gt;.</param>
/// <param name="Rule">Stable rule name, one of <see cref="CheckRules"/>.</param>
/// <param name="Message">Human explanation.</param>
public sealed record CheckFinding(string Page, string Element, string Rule, string Message)
{
    public override string ToString() => Element.Length == 0 ? $"{Page}: {Rule}: {Message}" : $"{Page}: {Element} {Rule}: {Message}";
}
