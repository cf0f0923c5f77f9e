namespace Reader.Rendering;

/// <summary>A file of the built site: its path relative to the site root ("articles/x/index.html") and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    public static SiteFile Text(string path, string content) => new(path, System.Text.Encoding.UTF8.GetBytes(content));
}
