using Reader.Checking;

namespace Reader.Tests.Checking;

/// <summary>A throwaway site folder; files are written with '/'-separated site paths.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite() =>
        Root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "reader-check-" + Guid.NewGuid().ToString("N"))).FullName;

    public string Root { get; }

    public TempSite With(string sitePath, string content)
    {
        var full = Path.Combine(Root, sitePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    /// <summary>Runs the checker and returns findings as their one-line rendering, easy to compare exactly.</summary>
    public string[] Check(string baseUrl = "/") =>
        new SiteChecker(new CheckOptions { BaseUrl = baseUrl }).Check(Root).Select(f => f.ToString()).ToArray();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
