using System.Runtime.InteropServices;

namespace Reader.Platform;

/// <summary>
/// Tells what a path is without following a link and without opening it: Load reads only regular files, and
/// must not open a named pipe (it waits for a writer forever) or a device such as /dev/zero (it never ends).
/// On Linux through statx; elsewhere from what .NET reports, where links and folders are told apart and
/// everything else is taken for a regular file (the size limit still bounds what is read).
/// </summary>
public static class FileProbe
{
    private static bool statxMissing;

    /// <returns>The entry's kind and, for a regular file, its size in bytes.</returns>
    public static (FileKind Kind, long Size) Of(string path)
    {
        if (LibC.Available && !Volatile.Read(ref statxMissing) && TryStatx(path, out var found)) return found;
        return Portable(path);
    }

    /// <summary>Describes a kind in the words of an error message: "a named pipe".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Other => "not a regular file",
        _ => "missing",
    };

    private static bool TryStatx(string path, out (FileKind, long) found)
    {
        found = default;
        var buffer = new byte[LibC.StatxBufferSize];
        try
        {
            if (LibC.Statx(LibC.AtCurrentDirectory, path, LibC.AtSymlinkNoFollow, LibC.StatxType | LibC.StatxMode | LibC.StatxSize, buffer) != 0)
            {
                int error = Marshal.GetLastPInvokeError();
                const int noEntry = 2, notDirectory = 20, notImplemented = 38;
                if (error is noEntry or notDirectory) { found = (FileKind.Missing, 0); return true; }
                if (error == notImplemented) Volatile.Write(ref statxMissing, true);
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref statxMissing, true);
            return false;
        }
        int mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(LibC.StatxModeOffset)) & 0xF000;
        long size = (long)MemoryMarshal.Read<ulong>(buffer.AsSpan(LibC.StatxSizeOffset));
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.NamedPipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        found = (kind, kind == FileKind.Regular ? size : 0);
        return true;
    }

    private static (FileKind, long) Portable(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return (FileKind.SymbolicLink, 0);
        if (Directory.Exists(path)) return (FileKind.Directory, 0);
        return info.Exists ? (FileKind.Regular, info.Length) : (FileKind.Missing, 0);
    }
}
