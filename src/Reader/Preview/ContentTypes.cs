using Microsoft.AspNetCore.StaticFiles;

namespace Reader.Preview;

/// <summary>
/// The content type of a file of the built site: ASP.NET Core's extension table (any asset a theme ships is
/// known), a few entries set to today's registered types, and text types marked UTF-8, which is what the build writes.
/// </summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = Create();

    public static string For(string path)
    {
        if (!Provider.TryGetContentType(path, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml"
            ? type + "; charset=utf-8"
            : type;
    }

    public static bool IsHtml(string path) => For(path).StartsWith("text/html", StringComparison.Ordinal);

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        // The table's older choices: "text/xml" is read as ASCII by some clients, and fonts have had their own types since RFC 8081.
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".woff"] = "font/woff";
        provider.Mappings[".woff2"] = "font/woff2";
        provider.Mappings[".ico"] = "image/x-icon";
        return provider;
    }
}
