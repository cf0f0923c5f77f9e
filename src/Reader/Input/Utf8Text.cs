using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Reader.Input;

/// <summary>Decodes UTF-8 strictly: invalid bytes are an error naming the byte offset, never a silent U+FFFD.</summary>
public static class Utf8Text
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <returns>The text (BOM stripped, "\n" line ends), or null with the offset of the first invalid byte in the file.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, out long invalidOffset)
    {
        invalidOffset = -1;
        int skipped = bytes.StartsWith(Bom) ? Bom.Length : 0;
        bytes = bytes[skipped..];
        if (!Utf8.IsValid(bytes))
        {
            var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
            try
            {
                Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false);
                invalidOffset = read + skipped;
            }
            finally { ArrayPool<char>.Shared.Return(chars); }
            return null;
        }
        return NormaliseLineEnds(Encoding.UTF8.GetString(bytes));
    }

    public static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
