namespace Reader.Browser.Tests.Support;

/// <summary>Where the Nu HTML Checker jar may be: VNU_JAR, or an npm install of vnu-jar.</summary>
public static class VnuJar
{
    public const string InstallHint =
        "vnu.jar not found: (cd /opt/vnu && npm install vnu-jar) and set VNU_JAR=/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar";

    private const string NpmJar = "node_modules/vnu-jar/build/dist/vnu.jar";

    public static string? Find()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("VNU_JAR"),
            Path.Combine(RepoPaths.Root, NpmJar),
            Path.Combine("/opt/vnu", NpmJar),
            Path.Combine("/work/vnu", NpmJar),
        };
        return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
    }
}
