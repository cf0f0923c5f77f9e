namespace Reader.Browser.Tests.Support;

/// <summary>A fact that needs vnu.jar: skipped with a message when missing, except in CI (CI=true).</summary>
public sealed class VnuFactAttribute : FactAttribute
{
    public VnuFactAttribute()
    {
        if (VnuJar.Find() is null && !Chromium.InCi) Skip = VnuJar.InstallHint;
    }
}
