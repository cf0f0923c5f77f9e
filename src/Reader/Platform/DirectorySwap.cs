using System.Runtime.InteropServices;

namespace Reader.Platform;

/// <summary>
/// Exchanges two folders in one step (Linux renameat2 with RENAME_EXCHANGE): at every moment each path holds a
/// whole folder, so a build killed at any point leaves the output either the old site or the new one.
/// </summary>
public static class DirectorySwap
{
    private static bool unsupported;

    /// <returns>True when the two folders were exchanged; false when this system or file system cannot (nothing changed).</returns>
    /// <exception cref="IOException">The exchange was possible but failed (e.g. a path is missing).</exception>
    public static bool TryExchange(string first, string second)
    {
        if (!LibC.Available || Volatile.Read(ref unsupported)) return false;
        try
        {
            if (LibC.RenameAt2(LibC.AtCurrentDirectory, first, LibC.AtCurrentDirectory, second, LibC.RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref unsupported, true);
            return false;
        }
        int error = Marshal.GetLastPInvokeError();
        const int invalidArgument = 22, notImplemented = 38, notSupported = 95;
        // EINVAL: a file system without RENAME_EXCHANGE; ENOSYS: a kernel older than 3.15.
        if (error is invalidArgument or notImplemented or notSupported) return false;
        throw new IOException($"cannot exchange {first} and {second}: {Marshal.GetPInvokeErrorMessage(error)}");
    }
}
