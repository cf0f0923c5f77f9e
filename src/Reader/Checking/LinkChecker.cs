namespace Reader.Checking;

/// <summary>Checks that links reach an existing file and, when they carry a fragment, an existing anchor.</summary>
internal static class LinkChecker
{
    public static IEnumerable<CheckFinding> Check(string page, IEnumerable<PageLink> links, SiteIndex site)
    {
        foreach (var link in links)
            if (Check(page, link, site) is { } finding)
                yield return finding;
    }

    private static CheckFinding? Check(string page, PageLink link, SiteIndex site)
    {
        var target = link.Target;
        switch (target.Kind)
        {
            case ResolvedUrlKind.External:
                return null;
            case ResolvedUrlKind.Unsafe:
                return new CheckFinding(page, link.Element, CheckRules.UnsafeUrl,
                    $"{Pipeline.Quoted.Text(target.Raw)} uses the scheme \"{Links.LinkPolicy.SchemeOf(target.Raw)}:\": {Links.LinkPolicy.Rule}");
            case ResolvedUrlKind.Malformed:
                return new CheckFinding(page, link.Element, CheckRules.MalformedUrl, $"\"{target.Raw}\" is not a valid URL");
            case ResolvedUrlKind.OutsideBase:
                return new CheckFinding(page, link.Element, CheckRules.OutsideBaseUrl,
                    $"\"{target.Raw}\" leaves the base URL \"{site.BaseUrl}\" the site is served under");
        }

        var file = site.Files.Locate(target.Path);
        if (file is null)
        {
            var expected = target.Path.Length == 0 || target.Path.EndsWith('/') ? target.Path + "index.html" : target.Path;
            return new CheckFinding(page, link.Element, CheckRules.BrokenLink, $"no file \"{expected}\" in the site");
        }

        // "#" and "#top" scroll to the top in every browser, anchor or not. A text-fragment
        // directive (":~:text=...") is not an id; only what precedes it names an element.
        var fragment = target.Fragment;
        var directive = fragment?.IndexOf(":~:", StringComparison.Ordinal) ?? -1;
        if (directive >= 0) fragment = fragment![..directive];
        if (string.IsNullOrEmpty(fragment) || fragment.Equals("top", StringComparison.OrdinalIgnoreCase)) return null;
        // Fragments into images, PDFs and the like are not ids; leave them alone.
        if (site.Page(file) is not { } targetPage) return null;
        if (targetPage.FindAnchor(fragment) is not null) return null;

        var where = file == page ? "" : $" in {file}";
        return new CheckFinding(page, link.Element, CheckRules.BrokenFragment, $"no element with id \"{fragment}\"{where}");
    }
}
