using System.Text.RegularExpressions;
using Reader.Rendering.Views;
using Reader.Tests.Support;

namespace Reader.Tests.Theming;

/// <summary>theme/README.md tells theme authors what each layout receives: it must name every member of every view model.</summary>
public sealed class ThemeGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepoPaths.Theme, "README.md"));

    public static TheoryData<Type> Views() => new()
    {
        typeof(PageView), typeof(SiteView),
        typeof(IndexView), typeof(ArticleCardView),
        typeof(ArticleView), typeof(LinkView),
        typeof(SourcesView), typeof(SourceView), typeof(CitationView), typeof(BacklinkView),
        typeof(ComparisonPageView), typeof(ColumnView), typeof(SubjectRowView), typeof(CellView), typeof(SoleFigureView),
        typeof(ChangesView), typeof(ChangeSectionView), typeof(ChangeItemView),
        typeof(NotFoundView),
        typeof(PageMetaView), typeof(MetaPropertyView), typeof(DifferenceLineView),
        typeof(DisagreementsView), typeof(DisagreementView), typeof(CompetingFigureView), typeof(FigureReportView),
        typeof(TimelineView), typeof(TimelineMarkView), typeof(TimelineTickView), typeof(TimelineRowView),
        typeof(BrowseIndexView), typeof(BrowseEntryView), typeof(BrowsePageView),
        typeof(SearchPageView), typeof(SearchSubjectView),
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void The_guide_names_every_member_a_template_can_read(Type view)
    {
        foreach (var property in view.GetProperties())
        {
            // The name a template uses (Scriban's renamer: PublishedIso → published_iso), as the guide writes it.
            var name = Scriban.Runtime.StandardMemberRenamer.Rename(property.Name);
            // Written as `name`, `parent.name`, `.name` or `name[]`: a name between code quotes or dots.
            Assert.True(Regex.IsMatch(Guide, $@"[`.]{name}[`.\[?]"), $"theme/README.md does not name {view.Name}.{property.Name} (\"{name}\")");
        }
    }

    [Fact]
    public void The_guide_covers_every_layout_of_the_default_theme()
    {
        foreach (var layout in Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "layouts")))
            Assert.Contains($"`layouts/{Path.GetFileName(layout)}`", Guide);
    }
}
