namespace Reader.Tests.Checking;

/// <summary>Builds pages that pass every document-level rule unless a test overrides a part.</summary>
internal static class Html
{
    public static string Page(string body, string title = "A page", string? lang = "en", string head = "", string h1 = "<h1>Heading</h1>")
    {
        var langAttribute = lang is null ? "" : $" lang=\"{lang}\"";
        var titleElement = title is null ? "" : $"<title>{title}</title>";
        return $"<!DOCTYPE html><html{langAttribute}><head><meta charset=\"utf-8\">{titleElement}{head}</head><body>{h1}{body}</body></html>";
    }
}
