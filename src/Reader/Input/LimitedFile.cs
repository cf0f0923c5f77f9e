namespace Reader.Input;

/// <summary>Reads a whole file, but never more than the limit: a larger file is an error naming it and the option that sets the limit.</summary>
public static class LimitedFile
{
    /// <exception cref="InputException">Too large, or the system would not read it (the message says why).</exception>
    public static byte[] Read(InputEntry entry, long maxBytes)
    {
        try
        {
            return ReadUpTo(entry, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(LoadSources.DisplayPath(entry.FullPath), null, $"cannot read the file: {e.Message}");
        }
    }

    private static byte[] ReadUpTo(InputEntry entry, long maxBytes)
    {
        using var stream = new FileStream(entry.ReadPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // The length is checked before and while reading: a file may grow, and not every file reports one.
        if (stream.CanSeek && stream.Length > maxBytes) throw TooLarge(entry, stream.Length, maxBytes);
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw TooLarge(entry, null, maxBytes);
        }
        return buffer.ToArray();
    }

    private static InputException TooLarge(InputEntry entry, long? size, long maxBytes) => new(
        LoadSources.DisplayPath(entry.FullPath), null,
        $"{(size is { } s ? $"the file is {ByteSize.Format(s)}" : "the file is too large")}; one file may be at most {ByteSize.Format(maxBytes)} (--max-file-size)");
}
