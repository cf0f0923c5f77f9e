namespace Reader.Browser.Tests.Support;

/// <summary>The theory form of <see cref="ChromiumFactAttribute"/>.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.ExecutablePath is null && !Chromium.InCi) Skip = Chromium.InstallHint;
    }
}
