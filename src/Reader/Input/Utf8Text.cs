using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Reader.Input;

/// <summary>
/// Decodes UTF-8 strictly: invalid bytes are an error naming the byte offset, never a silent U+FFFD. A file in
/// another Unicode encoding (UTF-16 or UTF-32, with or without a byte order mark) is named as such, since "invalid
/// UTF-8 at byte offset 0" would not tell an editor what to do.
/// </summary>
public static class Utf8Text
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <returns>The text (BOM stripped, "\n" line ends), or null with what is wrong in <paramref name="problem"/>.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (OtherEncoding(bytes) is { } encoding)
        {
            problem = $"the file is {encoding}, not UTF-8: save it as UTF-8";
            return null;
        }
        int skipped = bytes.StartsWith(Bom) ? Bom.Length : 0;
        bytes = bytes[skipped..];
        if (!Utf8.IsValid(bytes))
        {
            var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
            try
            {
                Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false);
                problem = $"invalid UTF-8 at byte offset {read + skipped}";
            }
            finally { ArrayPool<char>.Shared.Return(chars); }
            return null;
        }
        return NormaliseLineEnds(Encoding.UTF8.GetString(bytes));
    }

    public static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>
    /// "UTF-16 (little-endian)" when the bytes carry that encoding's byte order mark, or when, without one, zero
    /// bytes alternate with text as they do in UTF-16 and never in prose written as UTF-8.
    /// </summary>
    private static string? OtherEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return "UTF-32 (little-endian)";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return "UTF-32 (big-endian)";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return "UTF-16 (little-endian)";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return "UTF-16 (big-endian)";
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) zeroEven++;
            if (sample[i + 1] == 0) zeroOdd++;
        }
        int pairs = sample.Length / 2;
        // Latin text in UTF-16 has a zero in nearly every pair, on one side only.
        if (zeroOdd * 10 >= pairs * 8 && zeroEven * 10 < pairs) return "UTF-16 (little-endian, without a byte order mark)";
        if (zeroEven * 10 >= pairs * 8 && zeroOdd * 10 < pairs) return "UTF-16 (big-endian, without a byte order mark)";
        return null;
    }
}
