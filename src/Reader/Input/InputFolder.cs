using Reader.Platform;
using Reader.Pipeline;

namespace Reader.Input;

/// <summary>
/// What is in the input folder, as Load may read it: regular files only, found without following symbolic
/// links (each link that would have been read is a warning naming it) — or, under
/// <see cref="InputPolicy.FollowLinksInside"/>, following those whose target, every link on the way resolved,
/// lies inside the folder. Named pipes, devices and sockets under an article's name are errors: opening a pipe
/// waits forever and /dev/zero never ends. Names starting with "_" or "." are private and never listed.
/// </summary>
public sealed class InputFolder
{
    private readonly string root;
    private readonly string realRoot;
    private readonly InputPolicy policy;
    private readonly Diagnostics diagnostics;

    public InputFolder(string root, InputPolicy policy, Diagnostics diagnostics)
    {
        this.root = Path.GetFullPath(root);
        // The input folder itself may be a link (seeds → /data/seeds): it is what the editor named, so it is followed.
        realRoot = RealPath.Of(this.root) ?? this.root;
        this.policy = policy;
        this.diagnostics = diagnostics;
    }

    /// <summary>Article files (*.txt, *.md, README.* left out) under the folder and its subfolders, in path order.</summary>
    public List<InputEntry> Articles()
    {
        var found = new List<InputEntry>();
        Walk(root, realRoot, new HashSet<string>(StringComparer.Ordinal) { realRoot }, found);
        found.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return found;
    }

    /// <summary>A file of the folder itself (edition.yml, cluster.json) when it is there to be read; null otherwise.</summary>
    public InputEntry? File(string name)
    {
        var path = Path.Combine(root, name);
        var (kind, _) = FileProbe.Of(Path.Combine(realRoot, name));
        return kind switch
        {
            FileKind.Missing or FileKind.Directory => null,
            FileKind.Regular => new InputEntry(path, Path.Combine(realRoot, name)),
            FileKind.SymbolicLink => FollowFile(path, Path.Combine(realRoot, name)),
            _ => NotRegular(path, kind),
        };
    }

    public static bool IsArticleName(string name) =>
        (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        && !Path.GetFileNameWithoutExtension(name).Equals("README", StringComparison.OrdinalIgnoreCase);

    /// <summary>README files describe a folder and are not articles; names starting with "_" or "." are private.</summary>
    private static bool IsPrivate(string name) => name.StartsWith('_') || name.StartsWith('.');

    /// <param name="shown">The folder as it stands in the input (under a followed link, the link's path).</param>
    /// <param name="real">The same folder with every link resolved: what is read.</param>
    private void Walk(string shown, string real, HashSet<string> visited, List<InputEntry> found)
    {
        IEnumerable<string> names;
        try
        {
            names = Directory.EnumerateFileSystemEntries(real).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(LoadSources.DisplayPath(shown), null, $"cannot list this folder: {e.Message}");
            return;
        }
        foreach (var name in names)
        {
            if (IsPrivate(name)) continue;
            var path = Path.Combine(shown, name);
            var target = Path.Combine(real, name);
            var (kind, _) = FileProbe.Of(target);
            switch (kind)
            {
                case FileKind.Directory:
                    Walk(path, target, visited, found);
                    break;
                case FileKind.Regular when IsArticleName(name):
                    found.Add(new InputEntry(path, target));
                    break;
                case FileKind.SymbolicLink:
                    FollowAny(path, target, visited, found);
                    break;
                case FileKind.Regular or FileKind.Missing:
                    break;
                default:
                    if (IsArticleName(name)) NotRegular(path, kind);
                    break;
            }
        }
    }

    private void FollowAny(string path, string link, HashSet<string> visited, List<InputEntry> found)
    {
        bool isFolder = Directory.Exists(link);
        if (!isFolder && !IsArticleName(Path.GetFileName(path))) return;
        if (Inside(path, link) is not { } real) return;
        var (kind, _) = FileProbe.Of(real);
        if (kind == FileKind.Directory)
        {
            if (visited.Add(real)) Walk(path, real, visited, found);
            else Skip(path, "it leads back to a folder already read");
        }
        else if (kind == FileKind.Regular) found.Add(new InputEntry(path, real));
        else NotRegular(path, kind);
    }

    private InputEntry? FollowFile(string path, string link)
    {
        if (Inside(path, link) is not { } real) return null;
        var (kind, _) = FileProbe.Of(real);
        return kind switch
        {
            FileKind.Regular => new InputEntry(path, real),
            FileKind.Directory => null,
            _ => NotRegular(path, kind),
        };
    }

    /// <summary>The link's real target when links may be followed and it lies inside the folder; otherwise a warning and null.</summary>
    private string? Inside(string path, string link)
    {
        if (!policy.FollowLinksInside)
        {
            Skip(path, "Reader reads only what is in the input folder (--follow-links reads links that stay inside it)");
            return null;
        }
        var real = RealPath.Of(link);
        if (real is null)
        {
            Skip(path, "its target does not exist");
            return null;
        }
        if (!RealPath.IsInside(real, realRoot))
        {
            Skip(path, "it leads outside the input folder");
            return null;
        }
        return real;
    }

    private void Skip(string path, string why) =>
        diagnostics.Warn(LoadSources.DisplayPath(path), null, $"symbolic link skipped: {why}");

    private InputEntry? NotRegular(string path, FileKind kind)
    {
        diagnostics.Error(LoadSources.DisplayPath(path), null, $"not a regular file ({FileProbe.Describe(kind)}): only regular files are read");
        return null;
    }
}
