using Reader.Pipeline;

namespace Reader.Input;

/// <summary>
/// Stage 1, Load: reads every article (*.txt, *.md) under the input folder, strictly as UTF-8, and the
/// edition's edition.yml (and a cluster.json, when the folder is a news cluster). Reads only what
/// <see cref="InputFolder"/> lists — regular files inside the folder, links skipped unless allowed — each up to
/// the policy's size limit, and never writes the input folder. Control characters are removed with a warning.
/// A file that cannot be read is an error naming it; the others are still read. A folder without a single
/// article is an error: building it would replace a good site with an empty one.
/// </summary>
/// <param name="cache">Files read by an earlier load, reused when unchanged (the preview keeps one).</param>
/// <param name="policy">What may be read; <see cref="InputPolicy.Default"/> when null.</param>
public sealed class LoadSources(SourceFileCache? cache = null, InputPolicy? policy = null)
{
    public const string ConfigName = "edition.yml";

    private readonly InputPolicy policy = policy ?? InputPolicy.Default;

    public LoadedInput Run(string inputDirectory, Diagnostics diagnostics)
    {
        if (!Directory.Exists(inputDirectory))
            throw new InputException(DisplayPath(inputDirectory), null, "input folder not found");

        var folder = new InputFolder(inputDirectory, policy, diagnostics);
        var config = ReadConfig(folder, diagnostics);
        var files = new List<SourceFile>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = folder.Articles();
        foreach (var entry in entries)
        {
            var info = cache is null ? null : new FileInfo(entry.ReadPath);
            if (info is not null && cache!.Find(entry.FullPath, info) is { } known)
            {
                Add(files, seen, known, diagnostics);
                continue;
            }
            var relative = DisplayPath(entry.FullPath);
            if (BuildGuard.Run(diagnostics, relative, () => ReadText(entry, relative, diagnostics)) is not { } text) continue;
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Warn(relative, null, "empty file: skipped");
                continue;
            }
            var file = new SourceFile(entry.FullPath, relative, text);
            if (info is not null) cache!.Remember(info, file);
            Add(files, seen, file, diagnostics);
        }
        cache?.KeepOnly(entries.Select(e => e.FullPath).ToHashSet(StringComparer.Ordinal));
        if (files.Count == 0 && !diagnostics.HasErrors)
            diagnostics.Error(DisplayPath(inputDirectory), null, "no articles to build: the folder has no .txt or .md file (the output is left as it was)");
        return new LoadedInput(config, files);
    }

    /// <summary>The file as text: size-limited, strict UTF-8, control characters removed with a warning naming the first one's line.</summary>
    private string ReadText(InputEntry entry, string relative, Diagnostics diagnostics)
    {
        var text = Utf8Text.Decode(LimitedFile.Read(entry, policy.MaxFileBytes), out var problem)
            ?? throw new InputException(relative, null, problem!);
        var clean = ControlCharacters.Remove(text, out var removed);
        if (removed.Count > 0) diagnostics.Warn(relative, removed.Line, ControlCharacters.Warning(removed.Count, removed.First));
        return clean;
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

    private EditionConfig ReadConfig(InputFolder folder, Diagnostics diagnostics)
    {
        var config = new EditionConfig();
        if (folder.File("cluster.json") is { } cluster)
        {
            var display = DisplayPath(cluster.FullPath);
            config = ClusterMetadata.Read(ReadText(cluster, display, diagnostics), display, diagnostics);
        }

        foreach (var name in new[] { ConfigName, "edition.yaml" })
        {
            if (folder.File(name) is not { } entry) continue;
            var display = DisplayPath(entry.FullPath);
            return ClusterMetadata.Merge(config, EditionConfigReader.Read(ReadText(entry, display, diagnostics), display, diagnostics));
        }
        return config;
    }
}
