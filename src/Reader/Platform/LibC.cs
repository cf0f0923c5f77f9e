using System.Runtime.InteropServices;

namespace Reader.Platform;

/// <summary>
/// The Linux calls .NET does not expose: <c>statx</c>, which tells a regular file from a link, a named pipe
/// or a device without opening it (opening a pipe blocks until someone writes), and <c>renameat2</c>, whose
/// RENAME_EXCHANGE swaps two folders in one step, and <c>realpath</c>, which resolves links in every
/// part of a path (.NET resolves only the last). Callers fall back when either is missing (another system,
/// an old C library, a file system without the flag).
/// </summary>
internal static class LibC
{
    private const string Library = "libc.so.6";

    public const int AtCurrentDirectory = -100;
    public const int AtSymlinkNoFollow = 0x100;
    public const uint StatxType = 0x1;
    public const uint StatxMode = 0x2;
    public const uint StatxSize = 0x200;
    public const uint RenameExchange = 0x2;

    /// <summary>struct statx is the same 256 bytes on every architecture: stx_mode at 28 (u16), stx_size at 40 (u64).</summary>
    public const int StatxBufferSize = 256;
    public const int StatxModeOffset = 28;
    public const int StatxSizeOffset = 40;

    [DllImport(Library, EntryPoint = "statx", SetLastError = true)]
    public static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport(Library, EntryPoint = "renameat2", SetLastError = true)]
    public static extern int RenameAt2(int oldDirectoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    /// <summary>The path with every link and "." or ".." resolved; the result is malloc'd, to be given to <see cref="Free"/>.</summary>
    [DllImport(Library, EntryPoint = "realpath", SetLastError = true)]
    public static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport(Library, EntryPoint = "free")]
    public static extern void Free(IntPtr pointer);

    /// <summary>Whether these calls can be tried at all here.</summary>
    public static bool Available => OperatingSystem.IsLinux();
}
