using Reader.Rendering;

namespace Reader.Theming;

/// <summary>A theme ready to render with: its templates compiled and its assets read.</summary>
public sealed class CompiledTheme
{
    public const string AssetsFolder = "assets";

    private CompiledTheme(ITemplateEngine templates, IReadOnlyList<SiteFile> assets)
    {
        Templates = templates;
        Assets = assets;
    }

    public ITemplateEngine Templates { get; }

    /// <summary>Every file under assets/, as the site serves it ("assets/reader.css").</summary>
    public IReadOnlyList<SiteFile> Assets { get; }

    public static CompiledTheme Load(string themeDirectory) => new(new ScribanTemplateEngine(themeDirectory), ReadAssets(themeDirectory));

    private static List<SiteFile> ReadAssets(string themeDirectory)
    {
        var assets = Path.Combine(themeDirectory, AssetsFolder);
        if (!Directory.Exists(assets)) return [];
        return Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new SiteFile(AssetsFolder + "/" + Path.GetRelativePath(assets, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .ToList();
    }
}
