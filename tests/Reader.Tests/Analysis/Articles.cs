using Reader.Input;
using Reader.Parsing;
using Reader.Pipeline;

namespace Reader.Tests.Analysis;

/// <summary>Parses articles in memory for the Analyse tests.</summary>
internal static class Articles
{
    public static Article Parse(string id, string text, EditionConfig? config = null, Diagnostics? diagnostics = null, string ext = ".txt") =>
        new ParseArticles().Parse(new SourceFile("/in/" + id + ext, "in/" + id + ext, text), config ?? new EditionConfig(), diagnostics ?? new Diagnostics(), new Reader.Claims.Text.TermPool());
}
