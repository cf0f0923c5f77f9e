using System.Globalization;

namespace Reader.Input;

/// <summary>Sizes as people write them on a command line ("4MB", "512K", "1048576") and as messages show them ("4 MB").</summary>
public static class ByteSize
{
    /// <returns>The size in bytes, or null when <paramref name="text"/> is not a positive size.</returns>
    public static long? Parse(string? text)
    {
        var t = (text ?? "").Trim().ToUpperInvariant();
        if (t.EndsWith('B')) t = t[..^1];
        long unit = 1;
        if (t.EndsWith('K')) unit = 1L << 10;
        else if (t.EndsWith('M')) unit = 1L << 20;
        else if (t.EndsWith('G')) unit = 1L << 30;
        if (unit > 1) t = t[..^1];
        if (!decimal.TryParse(t.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0) return null;
        var bytes = value * unit;
        return bytes > long.MaxValue / 2 ? null : (long)Math.Ceiling(bytes);
    }

    /// <summary>"4 MB", "512 KB", "900 bytes" (binary units, as <see cref="Parse"/> reads them).</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
