namespace Reader.Preview;

public enum SiteRequestKind
{
    /// <summary>Serve the site file named by <see cref="SiteRequest.SitePath"/>.</summary>
    File,
    /// <summary>A folder asked for without its slash: redirect to <see cref="SiteRequest.Location"/>.</summary>
    Redirect,
    /// <summary>Serve the site's 404 page with status 404.</summary>
    NotFound,
    /// <summary>A traversal attempt or malformed path: 400, nothing served.</summary>
    Refused,
}
