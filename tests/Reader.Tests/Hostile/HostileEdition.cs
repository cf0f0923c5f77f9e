using System.Text;

namespace Reader.Tests.Hostile;

/// <summary>A generated edition: its files (name → bytes), written into an empty input folder.</summary>
public sealed record HostileEdition(IReadOnlyList<(string Name, byte[] Content)> Files)
{
    public void WriteTo(string folder)
    {
        foreach (var (name, content) in Files) File.WriteAllBytes(Path.Combine(folder, name), content);
    }

    /// <summary>For a failure report: each file's name, size and start.</summary>
    public override string ToString() => string.Join("\n", Files.Select(f =>
        $"{f.Name} ({f.Content.Length} bytes): {Encoding.UTF8.GetString(f.Content, 0, Math.Min(f.Content.Length, 300)).ReplaceLineEndings("⏎")}"));
}
