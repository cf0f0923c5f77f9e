using Reader.Parsing;

namespace Reader.Tests.Parsing;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2025-01-13")]
    [InlineData("13 January 2025")]
    [InlineData("Jan 13, 2025")]
    [InlineData("January 13, 2025")]
    [InlineData("13 Jan 2025")]
    [InlineData("2025-01-13T10:30:00-05:00")]
    [InlineData("  2025/01/13 ")]
    public void Reads_the_forms_real_files_use(string text) => Assert.Equal(new DateOnly(2025, 1, 13), DateText.Parse(text));

    [Fact]
    public void Timestamps_are_read_in_utc() => Assert.Equal(new DateOnly(2025, 1, 14), DateText.Parse("2025-01-13T23:30:00-05:00"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("World News")]
    [InlineData("2025-13-01")]
    [InlineData("31 February 2025")]
    public void Rejects_what_is_not_a_date(string? text) => Assert.Null(DateText.Parse(text));
}
