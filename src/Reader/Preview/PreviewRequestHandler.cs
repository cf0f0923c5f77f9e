using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Reader.Preview;

/// <summary>
/// Serves the current <see cref="PreviewState"/> from memory: site files with their content types, the
/// site's 404 page for anything missing, redirects for folders without their slash, 400 for traversal
/// attempts. HTML gets the reload script, the verdict controls (when the input folder is known), and the error
/// overlay while the latest rebuild fails.
/// </summary>
/// <param name="inputDirectory">The edition's folder, whose edition.yml the verdict controls name; null for no controls.</param>
public sealed class PreviewRequestHandler(Func<PreviewState> state, SitePathResolver resolver, string? inputDirectory = null)
{
    private const string NoSitePage = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body></body></html>";

    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var current = state();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var site = current.Site;
        var target = resolver.Resolve(request.Path.Value ?? "/", rawTarget, path => site?.Contains(path) ?? false);
        switch (target.Kind)
        {
            case SiteRequestKind.Refused:
                await Text(context, StatusCodes.Status400BadRequest, "Bad request: the path is not allowed.\n");
                return;
            case SiteRequestKind.Redirect:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = target.Location + request.QueryString.Value;
                return;
        }

        if (site is null)
        {
            await Send(context, StatusCodes.Status503ServiceUnavailable, "404.html", System.Text.Encoding.UTF8.GetBytes(NoSitePage), current);
            return;
        }
        if (target.Kind == SiteRequestKind.File)
        {
            await Send(context, StatusCodes.Status200OK, target.SitePath!, site.Find(target.SitePath!)!, current, inputDirectory);
            return;
        }
        if (site.Find("404.html") is { } notFound) await Send(context, StatusCodes.Status404NotFound, "404.html", notFound, current);
        else await Text(context, StatusCodes.Status404NotFound, "Not found.\n");
    }

    private static async Task Send(HttpContext context, int status, string sitePath, byte[] content, PreviewState current, string? inputDirectory = null)
    {
        var body = content;
        if (ContentTypes.IsHtml(sitePath))
        {
            var markup = LiveReloadScript.For(sitePath)
                + (inputDirectory is null ? "" : VerdictControls.For(inputDirectory))
                + (current.Failing ? ErrorOverlay.For(current.Errors) : "");
            body = HtmlInjector.Inject(content, markup);
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.For(sitePath);
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static Task Text(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(text, context.RequestAborted);
    }
}
