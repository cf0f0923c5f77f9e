namespace Reader.Checking;

/// <summary>
/// Every file in the site, by '/'-separated relative path. Lookups are ordinal because the
/// usual static hosts are case-sensitive: "About/" and "about/" are different URLs.
/// </summary>
internal sealed class SiteFiles
{
    private readonly HashSet<string> _paths;

    public SiteFiles(IEnumerable<string> relativePaths) =>
        _paths = new HashSet<string>(relativePaths, StringComparer.Ordinal);

    public static SiteFiles Scan(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')));

    public IEnumerable<string> All => _paths;

    public bool Contains(string path) => _paths.Contains(path);

    /// <summary>
    /// The file a static server would send for <paramref name="path"/>, or null.
    /// Directory URLs serve their index.html; "dir" without the slash is redirected to "dir/".
    /// </summary>
    public string? Locate(string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
            return _paths.Contains(path + "index.html") ? path + "index.html" : null;
        if (_paths.Contains(path)) return path;
        return _paths.Contains(path + "/index.html") ? path + "/index.html" : null;
    }
}
