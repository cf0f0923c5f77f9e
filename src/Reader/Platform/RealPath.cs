using System.Runtime.InteropServices;

namespace Reader.Platform;

/// <summary>
/// Where a path really leads, every symbolic link in it resolved — not only the last part, as .NET's
/// ResolveLinkTarget does: "in/sub/x.txt" with "sub" a link to /etc is /etc/x.txt, outside the input folder.
/// </summary>
public static class RealPath
{
    /// <returns>The resolved absolute path, or null when it does not exist (or a link in it loops).</returns>
    public static string? Of(string path)
    {
        if (LibC.Available)
        {
            try
            {
                var resolved = LibC.RealPath(path, IntPtr.Zero);
                if (resolved == IntPtr.Zero) return null;
                try { return Marshal.PtrToStringUTF8(resolved); }
                finally { LibC.Free(resolved); }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        return Portable(path);
    }

    /// <summary>Resolves part by part: each link met on the way is replaced by its target, up to 40 links (as Linux allows).</summary>
    private static string? Portable(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        for (int links = 0; pending.Count > 0;)
        {
            var next = Path.Combine(current, pending.Pop());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists && info.LinkTarget is null) return null;
            if (info.LinkTarget is { } target)
            {
                if (++links > 40) return null;
                var absolute = Path.GetFullPath(Path.Combine(current, target));
                var targetRoot = Path.GetPathRoot(absolute)!;
                foreach (var part in absolute[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                    pending.Push(part);
                current = targetRoot;
                continue;
            }
            current = next;
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both already real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var f = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path == folder.TrimEnd(Path.DirectorySeparatorChar) || path.StartsWith(f, StringComparison.Ordinal);
    }
}
