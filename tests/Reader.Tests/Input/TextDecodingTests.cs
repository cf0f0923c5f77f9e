using System.Text;
using Reader.Input;

namespace Reader.Tests.Input;

/// <summary>Encodings named for what they are, and control characters taken out with where the first one was.</summary>
public sealed class TextDecodingTests
{
    [Theory]
    [InlineData("utf-16le-bom", "UTF-16 (little-endian)")]
    [InlineData("utf-16be-bom", "UTF-16 (big-endian)")]
    [InlineData("utf-32le-bom", "UTF-32 (little-endian)")]
    [InlineData("utf-16le", "UTF-16 (little-endian, without a byte order mark)")]
    [InlineData("utf-16be", "UTF-16 (big-endian, without a byte order mark)")]
    public void Other_unicode_encodings_are_named(string encoding, string named)
    {
        const string text = "The depot counted 40 crates on Friday.";
        byte[] bytes = encoding switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-32le-bom" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            _ => Encoding.BigEndianUnicode.GetBytes(text),
        };

        Assert.Null(Utf8Text.Decode(bytes, out var problem));
        Assert.Equal($"the file is {named}, not UTF-8: save it as UTF-8", problem);
    }

    [Fact]
    public void Utf8_with_a_few_zero_bytes_is_still_judged_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Crates: 40\0 on Friday, and more words to read.");

        Assert.NotNull(Utf8Text.Decode(bytes, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Control_characters_are_removed_counting_them_and_naming_the_first_line()
    {
        var clean = ControlCharacters.Remove("One\ttab.\nTwo\u0001 and\u0085 three\u007F.\n\u000C", out var found);

        Assert.Equal("One\ttab.\nTwo and three.\n", clean);
        Assert.Equal((4, '\u0001', 2), found);
        Assert.Equal("4 control characters (the first U+0001) removed: they cannot be shown or published", ControlCharacters.Warning(found.Count, found.First));
    }

    [Fact]
    public void Text_without_them_is_the_same_instance()
    {
        const string text = "Plain text, tab\tand line\nonly.";

        Assert.Same(text, ControlCharacters.Remove(text, out var found));
        Assert.Equal(0, found.Count);
    }

    [Theory]
    [InlineData("4MB", 4L << 20)]
    [InlineData("512k", 512L << 10)]
    [InlineData("1.5 GB", 3L << 29)]
    [InlineData("1048576", 1048576L)]
    [InlineData("0", null)]
    [InlineData("lots", null)]
    [InlineData("-1MB", null)]
    public void Sizes_read_as_written(string text, long? bytes) => Assert.Equal(bytes, ByteSize.Parse(text));
}
