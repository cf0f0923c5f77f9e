using Reader.Analysis;
using Reader.Input;
using Reader.Pipeline;

namespace Reader.Tests.Analysis;

public sealed class SourceRegisterTests
{
    private readonly Diagnostics diagnostics = new();

    private SourceRegister Build(EditionConfig config, params (string Id, string Text)[] files) =>
        SourceRegister.Build(files.Select(f => Articles.Parse(f.Id, f.Text, config)).ToList(), config, diagnostics);

    [Fact]
    public void Sources_are_numbered_by_first_citation_then_registered_but_uncited()
    {
        var config = EditionConfigReader.Read("sources:\n  aaaaaa11:\n    title: A\n  bbbbbb22:\n    title: B\n  cccccc33:\n    title: C\n", "edition.yml");

        var register = Build(config,
            ("a", "One [bbbbbb22].\nTwo [aaaaaa11]."),
            ("b", "Three [bbbbbb22, aaaaaa11]."));

        Assert.Equal(["bbbbbb22", "aaaaaa11", "cccccc33"], register.Sources.Select(s => s.Id));
        Assert.Equal([1, 2, 3], register.Sources.Select(s => s.Number));
        Assert.Equal(2, register.Find("bbbbbb22")!.Citations.Count);
        Assert.Empty(register.Find("cccccc33")!.Citations);
        Assert.Equal(4, register.CitationCount);
        Assert.Empty(diagnostics.All);
    }

    [Fact]
    public void Citations_keep_article_anchor_and_sentence()
    {
        var register = Build(new EditionConfig(), ("a", "First sentence. Japan agreed [abcdef12]."));

        var citation = Assert.Single(register.Find("abcdef12")!.Citations);
        var second = citation.Article.Annotations.Sentences[1];
        Assert.Equal(("a", "cite-abcdef12-1", second.Id), (citation.Article.Id, citation.Anchor, citation.SentenceId));
        Assert.StartsWith("Japan agreed", second.Text);
        Assert.Contains("Japan agreed", citation.Sentence);
    }

    [Fact]
    public void An_unregistered_source_is_a_warning_naming_file_and_line_once()
    {
        var register = Build(new EditionConfig(), ("a", "One.\nTwo.\nCited [abcdef12].\nAgain [abcdef12]."));

        var warning = Assert.Single(diagnostics.All);
        Assert.Equal((Severity.Warning, "in/a.txt", (int?)3), (warning.Severity, warning.File, warning.Line));
        Assert.Contains("abcdef12", warning.Message);
        Assert.Null(register.Find("abcdef12")!.Entry);
        Assert.Equal("Source abcdef12", register.Find("abcdef12")!.DisplayTitle);
    }

    [Fact]
    public void The_warning_line_counts_front_matter()
    {
        Build(new EditionConfig(), ("a", "---\ntitle: T\n---\nOne.\n\nCited [abcdef12]."));

        Assert.Equal(6, Assert.Single(diagnostics.All).Line);
    }

    [Fact]
    public void Registered_ids_match_case_insensitively()
    {
        var config = EditionConfigReader.Read("sources:\n  ABCDEF12:\n    title: Report\n", "edition.yml");

        var register = Build(config, ("a", "Cited [abcdef12]."));

        Assert.Empty(diagnostics.All);
        Assert.Equal("Report", Assert.Single(register.Sources).DisplayTitle);
    }
}
