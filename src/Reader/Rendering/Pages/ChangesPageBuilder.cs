using Reader.Changes;
using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

/// <summary>
/// changes/index.html: what changed since the build that was in the output folder — figures changed ("12,500 →
/// 13,000"), added and removed, comparisons whose relation flipped, verdicts applied and withdrawn — each linked
/// to where the figure now stands.
/// </summary>
public sealed class ChangesPageBuilder(PageContext context)
{
    public const string Path = "changes/index.html";

    public SiteFile Build()
    {
        var changes = context.Edition.Changes;
        var view = new ChangesView(changes.FirstBuild, changes.SummarySentence(), changes.FirstBuild ? [] : ChangeList.Sections(context.Edition, context.Urls), Anchor(changes));
        return SiteFile.Text(Path, context.Page("changes", "What changed", "changes", null, view));
    }

    /// <summary>The id the feed's entry points at: new changes, a new id.</summary>
    public static string Anchor(EditionChanges changes) => "changes-" + changes.Fingerprint();
}
