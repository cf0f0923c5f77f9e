using System.Text;
using Reader.Parsing;

namespace Reader.Tests.Parsing;

public sealed class MarkdownNestingTests
{
    private static string List(int depth)
    {
        var text = new StringBuilder("Intro.\n\n");
        for (int i = 0; i < depth; i++) text.Append(' ', 2 * i).Append("- level\n");
        return text.ToString();
    }

    [Fact]
    public void Thirty_two_levels_are_read_and_the_thirty_third_is_named_by_its_line()
    {
        Assert.Null(MarkdownNesting.FirstTooDeep(List(MarkdownNesting.MaxDepth)));
        Assert.Equal((2 + MarkdownNesting.MaxDepth, MarkdownNesting.MaxDepth + 1), MarkdownNesting.FirstTooDeep(List(MarkdownNesting.MaxDepth + 1)));
    }

    [Theory]
    [InlineData("> ", 33)]
    [InlineData("- ", 33)]
    [InlineData("1. ", 33)]
    [InlineData("> - ", 17)]
    public void Markers_on_one_line_count_each(string marker, int times)
    {
        var found = MarkdownNesting.FirstTooDeep(string.Concat(Enumerable.Repeat(marker, times)) + "text");

        Assert.NotNull(found);
        Assert.Equal(0, found.Value.Line);
    }

    [Fact]
    public void Indented_text_without_a_marker_is_no_nesting()
    {
        // A code block, or a continuation paragraph, however far it is indented.
        Assert.Null(MarkdownNesting.FirstTooDeep(new string(' ', 200) + "code\n\t\t\t\t\t\t\t\t\t\tmore code\n--- \n***\n"));
    }
}
