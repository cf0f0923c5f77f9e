namespace Reader.Browser.Tests.Support;

/// <summary>
/// A fact that needs Chromium: skipped with the install command when it is missing, except in CI
/// (CI=true), where it runs and fails so a broken CI image cannot pass silently.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.ExecutablePath is null && !Chromium.InCi) Skip = Chromium.InstallHint;
    }
}
