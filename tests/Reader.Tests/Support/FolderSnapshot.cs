using System.Security.Cryptography;

namespace Reader.Tests.Support;

/// <summary>Every file of a folder (relative path → SHA-256), to prove a folder was left byte-for-byte as it was.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                p => Path.GetRelativePath(folder, p).Replace('\\', '/'),
                p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))),
                StringComparer.Ordinal);

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
