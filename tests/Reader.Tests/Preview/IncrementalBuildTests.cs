using System.Text;
using Reader.Pipeline;
using Reader.Preview;

namespace Reader.Tests.Preview;

/// <summary>The incremental rebuild does less work than a full build and produces exactly the same site.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempEdition edition = new();

    public void Dispose() => edition.Dispose();

    private static void AssertSameSite(BuildResult full, SiteSnapshot incremental)
    {
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Equal(full.Files.Select(f => f.Path).Order(StringComparer.Ordinal), incremental.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var file in full.Files)
            Assert.True(file.Content.AsSpan().SequenceEqual(incremental.Find(file.Path)), $"{file.Path} differs from a full build");
    }

    [Fact]
    public void First_build_equals_a_full_build()
    {
        var build = new IncrementalBuild(edition.Options);
        var outcome = build.Rebuild();
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        AssertSameSite(new BuildPipeline(edition.Options).Render(), outcome.Site!);
    }

    [Fact]
    public void Changing_a_compared_figure_reparses_one_article_and_updates_the_notes_of_the_others()
    {
        var build = new IncrementalBuild(edition.Options);
        var first = build.Rebuild();
        var full = new BuildPipeline(edition.Options).Render();

        // A claim, with digits, that another article's note quotes: editing it must reach that other page.
        var (article, claim, entry) = full.Edition!.Articles
            .SelectMany(a => a.Annotations.Claims.Select(c => (Article: a, Claim: c)))
            .Where(x => x.Claim.Claim.Text.Any(char.IsAsciiDigit))
            .SelectMany(x => full.Edition.Comparison.For(x.Claim.ClaimId).Nearest
                .Where(e => e.ClaimId is { } other && full.Edition.Comparison.For(other).Nearest.Any(back => back.ClaimId == x.Claim.ClaimId))
                .Select(e => (x.Article, x.Claim, e.ArticleId)))
            .First();
        var path = Path.Combine(edition.Input, Path.GetFileName(article.SourcePath));
        var text = File.ReadAllText(path);
        Assert.Contains(claim.Claim.Text, text);
        var changedFigure = new string(claim.Claim.Text.Select(c => char.IsAsciiDigit(c) ? (char)('0' + (c - '0' + 1) % 10) : c).ToArray());
        File.WriteAllText(path, text.Replace(claim.Claim.Text, changedFigure));

        var second = build.Rebuild();

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal(1, second.ArticlesParsed);
        var otherPage = $"articles/{full.Edition.Find(entry)!.Slug}/index.html";
        Assert.Contains(otherPage, second.ChangedPaths);
        Assert.True(second.PagesRendered < full.Edition.Articles.Count || full.Edition.Articles.Count <= 2);
        AssertSameSite(new BuildPipeline(edition.Options).Render(), second.Site!);
        Assert.NotEqual(first.Site!.Find(otherPage), second.Site!.Find(otherPage));
    }

    [Fact]
    public void Saving_without_changes_parses_and_renders_nothing_and_changes_nothing()
    {
        var build = new IncrementalBuild(edition.Options);
        build.Rebuild();
        var file = edition.Articles[0];
        File.WriteAllText(file, File.ReadAllText(file));

        var again = build.Rebuild();

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.ArticlesParsed);
        Assert.Equal(0, again.PagesRendered);
        Assert.Empty(again.ChangedPaths);
    }

    [Fact]
    public void A_theme_change_rerenders_every_article_page()
    {
        var build = new IncrementalBuild(edition.Options);
        var first = build.Rebuild();
        var footer = Path.Combine(edition.Theme, "partials", "footer.sbn-html");
        File.WriteAllText(footer, File.ReadAllText(footer) + "\n<!-- theme edit -->\n");

        build.InvalidateTheme();
        var second = build.Rebuild();

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        var articlePages = first.Site!.Files.Keys.Count(p => p.StartsWith("articles/", StringComparison.Ordinal));
        Assert.Equal(articlePages, second.PagesRendered);
        Assert.All(second.Site!.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)),
            f => Assert.Contains("<!-- theme edit -->", Encoding.UTF8.GetString(f.Value)));
        AssertSameSite(new BuildPipeline(edition.Options).Render(), second.Site!);
    }

    [Fact]
    public void A_name_an_article_page_does_not_know_fails_the_rebuild_naming_the_template_and_fixing_it_recovers()
    {
        var build = new IncrementalBuild(edition.Options);
        Assert.True(build.Rebuild().Succeeded);
        var layout = Path.Combine(edition.Theme, "layouts", "article.sbn-html");
        var good = File.ReadAllText(layout);
        File.WriteAllText(layout, "{{nameNoModelHas}}\n" + good);

        build.InvalidateTheme();
        var broken = build.Rebuild();

        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Path.GetFullPath(layout), Path.GetFullPath(error.File));
        Assert.Equal(1, error.Line);

        File.WriteAllText(layout, good);
        build.InvalidateTheme();
        var fixedAgain = build.Rebuild();
        Assert.True(fixedAgain.Succeeded, string.Join("\n", fixedAgain.Diagnostics));
        AssertSameSite(new BuildPipeline(edition.Options).Render(), fixedAgain.Site!);
    }

    [Fact]
    public void A_deleted_article_disappears_and_a_failed_build_keeps_the_last_good_site()
    {
        var build = new IncrementalBuild(edition.Options);
        var first = build.Rebuild();
        File.Delete(edition.Articles[^1]);
        var second = build.Rebuild();
        Assert.True(second.Succeeded);
        Assert.Contains(second.ChangedPaths, p => !second.Site!.Contains(p));
        AssertSameSite(new BuildPipeline(edition.Options).Render(), second.Site!);

        File.WriteAllBytes(edition.Articles[0], [0xFF, 0xFE]);
        var failed = build.Rebuild();
        Assert.False(failed.Succeeded);
        Assert.Same(second.Site, build.Last);
        _ = first;
    }

    [Fact]
    public void The_page_phase_keeps_serving_the_previous_edition_wide_files_until_the_deferred_phase_replaces_them()
    {
        var build = new IncrementalBuild(edition.Options);
        var first = build.Rebuild();
        var file = edition.Articles[0];
        File.WriteAllText(file, File.ReadAllText(file) + "\n\nA closing paragraph added by the test counted 4,321 entries.\n");

        var served = new List<RebuildOutcome>();
        var rest = build.Rebuild(pages =>
        {
            served.Add(pages);
            // Served before the edition-wide part is made: that part is still the previous build's.
            Assert.Same(pages.Site, build.Last);
        });

        var pages = Assert.Single(served);
        Assert.Equal(RebuildPhase.Pages, pages.Phase);
        Assert.Equal(first.Site!.Find("claims.json"), pages.Site!.Find("claims.json"));
        Assert.DoesNotContain("claims.json", pages.ChangedPaths);
        Assert.Contains(pages.ChangedPaths, p => p.StartsWith("articles/", StringComparison.Ordinal));

        Assert.Equal(RebuildPhase.Deferred, rest.Phase);
        Assert.Contains("claims.json", rest.ChangedPaths);
        Assert.Same(rest.Site, build.Last);
        AssertSameSite(new BuildPipeline(edition.Options).Render(), rest.Site!);
    }

    [Fact]
    public void A_run_of_figure_edits_matches_a_full_build_after_every_edit()
    {
        // Each edit shifts one compared figure; some flip agreement (counts change), others keep the counts and
        // change only the quoted figure — the case a check on counts alone would miss.
        var build = new IncrementalBuild(edition.Options);
        build.Rebuild();
        var seed = new BuildPipeline(edition.Options).Render().Edition!;
        var compared = seed.Articles
            .SelectMany(a => a.Annotations.Claims.Select(c => (Article: a, c.Claim.Text, Comparison: seed.Comparison.For(c.ClaimId))))
            .Where(x => x.Text.Any(char.IsAsciiDigit) && x.Comparison.Nearest.Count > 0)
            .Take(8)
            .ToList();
        Assert.NotEmpty(compared);
        foreach (var (article, figure, _) in compared)
        {
            var path = Path.Combine(edition.Input, Path.GetFileName(article.SourcePath));
            var text = File.ReadAllText(path);
            if (!text.Contains(figure)) continue;
            var shifted = new string(figure.Select(c => char.IsAsciiDigit(c) ? (char)('0' + (c - '0' + 3) % 10) : c).ToArray());
            File.WriteAllText(path, text.Replace(figure, shifted));

            var outcome = build.Rebuild();
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
            AssertSameSite(new BuildPipeline(edition.Options).Render(), outcome.Site!);
        }
    }

    [Fact]
    public void A_verdict_pasted_into_edition_yml_rerenders_the_pages_it_reaches_and_matches_a_full_build()
    {
        var build = new IncrementalBuild(edition.Options);
        var first = build.Rebuild();
        var seed = new BuildPipeline(edition.Options).Render().Edition!;
        var (claim, other) = seed.Articles.SelectMany(a => a.Annotations.Claims)
            .SelectMany(c => seed.Comparison.For(c.ClaimId).Nearest.Where(e => e.ClaimId is not null).Select(e => (c.ClaimId, Other: e.ClaimId!)))
            .First();
        var pages = new[] { claim, other }.Select(id => $"articles/{seed.Find(Reader.Verdicts.EditionRef.Article(id))!.Slug}/index.html").ToList();

        // Each verdict replaces the last: confirmed (both notes marked), rejected (both notes lose it), then the other
        // figure ruled out (its page loses the note; the first note already lacks the comparison).
        foreach (var (verdict, reached) in new[] { ($"  - confirm: [{claim}, {other}]\n    note: Checked.", pages), ($"  - reject: [{claim}, {other}]", pages), ($"  - not_a_claim: {other}", pages.Skip(1).ToList()) })
        {
            var config = Path.Combine(edition.Input, "edition.yml");
            TempEdition.Replace(config, File.ReadAllText(config).Split("\nverdicts:")[0] + "\nverdicts:\n" + verdict + "\n");
            var before = build.Last!;
            var outcome = build.Rebuild();

            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
            Assert.Equal(0, outcome.ArticlesParsed);
            Assert.All(reached, page => Assert.NotEqual(before.Find(page), outcome.Site!.Find(page)));
            AssertSameSite(new BuildPipeline(edition.Options).Render(), outcome.Site!);
        }
        Assert.NotEqual(first.Site!.Find("claims.json"), build.Last!.Find("claims.json"));
    }

    [Fact]
    public void The_preview_compares_with_the_build_in_the_output_folder_and_sees_it_replaced()
    {
        var build = new IncrementalBuild(edition.Options);
        var first = build.Rebuild();
        Assert.Contains("First build.", Encoding.UTF8.GetString(first.Site!.Find("changes/index.html")!));

        Assert.True(new BuildPipeline(edition.Options).Build().Succeeded);
        var file = edition.Articles[0];
        TempEdition.Replace(file, File.ReadAllText(file) + "\n\nA closing line counts 77 boats.\n");
        var second = build.Rebuild();

        var page = Encoding.UTF8.GetString(second.Site!.Find("changes/index.html")!);
        Assert.Contains("Since the last build: 1 figure added", page);
        AssertSameSite(new BuildPipeline(edition.Options).Render(), second.Site!);
    }
}
