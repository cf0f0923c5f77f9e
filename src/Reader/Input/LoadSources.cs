using Reader.Pipeline;

namespace Reader.Input;

/// <summary>
/// Stage 1, Load: reads every article (*.txt, *.md) under the input folder, strictly as UTF-8, and the
/// edition's edition.yml (and a cluster.json, when the folder is a news cluster). Reads only: the
/// input folder is never written. A file that cannot be read is an error naming it; the others are still read.
/// </summary>
/// <param name="cache">Files read by an earlier load, reused when unchanged (the preview keeps one).</param>
public sealed class LoadSources(SourceFileCache? cache = null)
{
    public const string ConfigName = "edition.yml";

    public LoadedInput Run(string inputDirectory, Diagnostics diagnostics)
    {
        if (!Directory.Exists(inputDirectory))
            throw new InputException(inputDirectory, null, "input folder not found");

        var config = ReadConfig(inputDirectory);
        var files = new List<SourceFile>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = ArticlePaths(inputDirectory).ToList();
        foreach (var path in paths)
        {
            var info = cache is null ? null : new FileInfo(path);
            if (info is not null && cache!.Find(path, info) is { } known)
            {
                Add(files, seen, known, diagnostics);
                continue;
            }
            var relative = DisplayPath(path);
            if (BuildGuard.Run(diagnostics, relative, () => File.ReadAllBytes(path)) is not { } bytes) continue;
            var text = Utf8Text.Decode(bytes, out long offset);
            if (text is null)
            {
                diagnostics.Error(relative, null, $"invalid UTF-8 at byte offset {offset}");
                continue;
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Warn(relative, null, "empty file: skipped");
                continue;
            }
            var file = new SourceFile(path, relative, text);
            if (info is not null) cache!.Remember(info, file);
            Add(files, seen, file, diagnostics);
        }
        cache?.KeepOnly(paths.ToHashSet(StringComparer.Ordinal));
        return new LoadedInput(config, files);
    }

    private static void Add(List<SourceFile> files, Dictionary<string, string> seen, SourceFile file, Diagnostics diagnostics)
    {
        if (seen.TryGetValue(file.Id, out var other))
        {
            diagnostics.Error(file.RelativePath, null, $"article id \"{file.Id}\" is already used by {other}: rename one of them");
            return;
        }
        seen[file.Id] = file.RelativePath;
        files.Add(file);
    }

    /// <summary>Paths in messages are relative to the current folder ("seeds/x.txt"), as editors' tools expect.</summary>
    public static string DisplayPath(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

    private static IEnumerable<string> ArticlePaths(string root) =>
        Directory.EnumerateFiles(root, "*.*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(p => p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Where(p => !IsIgnored(Path.GetRelativePath(root, p)))
            .OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>README files describe a folder and are not articles; names starting with "_" or "." are private.</summary>
    private static bool IsIgnored(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('_') || part.StartsWith('.'))
        || Path.GetFileNameWithoutExtension(relative).Equals("README", StringComparison.OrdinalIgnoreCase);

    private static EditionConfig ReadConfig(string root)
    {
        var config = new EditionConfig();
        var cluster = Path.Combine(root, "cluster.json");
        if (File.Exists(cluster)) config = ClusterMetadata.Read(File.ReadAllText(cluster), DisplayPath(cluster));

        foreach (var name in new[] { ConfigName, "edition.yaml" })
        {
            var path = Path.Combine(root, name);
            if (!File.Exists(path)) continue;
            var text = Utf8Text.Decode(File.ReadAllBytes(path), out long offset)
                ?? throw new InputException(DisplayPath(path), null, $"invalid UTF-8 at byte offset {offset}");
            return ClusterMetadata.Merge(config, EditionConfigReader.Read(text, DisplayPath(path)));
        }
        return config;
    }
}
