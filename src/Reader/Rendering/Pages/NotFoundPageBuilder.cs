using Reader.Rendering.Views;

namespace Reader.Rendering.Pages;

public sealed class NotFoundPageBuilder(PageContext context)
{
    public SiteFile Build() =>
        SiteFile.Text("404.html", context.Page("404", "Page not found", "not-found", null, new NotFoundView(context.Urls.Home)));
}
