using Reader.Analysis;
using Reader.Input;
using Reader.Pipeline;

namespace Reader.Tests.Analysis;

public sealed class AnalyseEditionTests
{
    private static Edition Analyse(EditionConfig config, params (string Id, string Text)[] files)
    {
        var articles = files.Select(f => Articles.Parse(f.Id, f.Text, config, ext: f.Text.StartsWith("---") ? ".md" : ".txt")).ToList();
        return new AnalyseEdition().Run(articles, config, includeDrafts: false, new Diagnostics());
    }

    [Fact]
    public void Articles_are_in_id_order_unless_an_order_is_given()
    {
        var config = EditionConfigReader.Read("articles:\n  c:\n    order: 1\n  b:\n    order: 2\n", "edition.yml");

        var edition = Analyse(config, ("a", "Alpha text."), ("b", "Beta text."), ("c", "Gamma text."));

        Assert.Equal(["c", "b", "a"], edition.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Same_titles_get_unique_slugs()
    {
        var config = EditionConfigReader.Read("articles:\n  a:\n    title: Same Title\n  b:\n    title: Same Title\n  c:\n    title: Same Title\n", "edition.yml");

        var edition = Analyse(config, ("a", "One."), ("b", "Two."), ("c", "Three."));

        Assert.Equal(["same-title", "same-title-2", "same-title-3"], edition.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void A_front_matter_slug_wins_and_collisions_still_resolve()
    {
        var edition = Analyse(new EditionConfig(),
            ("a", "---\ntitle: Other\nslug: chosen\n---\nOne."),
            ("b", "---\ntitle: Chosen\n---\nTwo."));

        Assert.Equal(["chosen", "chosen-2"], edition.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void A_title_without_ascii_falls_back_to_the_id()
    {
        var config = EditionConfigReader.Read("articles:\n  a1:\n    title: 東京\n", "edition.yml");

        Assert.Equal("a1", Analyse(config, ("a1", "Text.")).Articles[0].Slug);
    }

    [Fact]
    public void Drafts_are_left_out()
    {
        var edition = Analyse(new EditionConfig(), ("a", "---\ndraft: true\n---\nOne."), ("b", "Two."));

        Assert.Equal(["b"], edition.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Edition_yml_titles_win_over_the_file_and_derived_titles_are_flagged()
    {
        var config = EditionConfigReader.Read("articles:\n  a:\n    title: Editor Title\n", "edition.yml");

        var edition = Analyse(config, ("a", "File Headline Here\n\nBody text."), ("b", "Japan met the allies. More text."));

        Assert.Equal("Editor Title", edition.Articles[0].Meta.Title);
        Assert.False(edition.Articles[0].Meta.TitleDerived);
        Assert.Equal("Japan met the allies", edition.Articles[1].Meta.Title);
        Assert.True(edition.Articles[1].Meta.TitleDerived);
    }
}
