namespace Reader.Theming;

/// <summary>
/// The compiled theme, kept from one run of the pipeline to the next until <see cref="Invalidate"/>: a build
/// compiles its theme once; the preview compiles it again only when a theme file changed.
/// </summary>
public sealed class ThemeCache
{
    private CompiledTheme? current;

    public CompiledTheme Get(string themeDirectory) => current ??= CompiledTheme.Load(themeDirectory);

    public void Invalidate() => current = null;
}
