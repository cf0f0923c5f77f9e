using Reader.Tests.Support;

namespace Reader.Tests.Theming;

/// <summary>A theme folder written file by file for one test: layouts/*.sbn-html and partials/*.sbn-html.</summary>
internal sealed class TempTheme : IDisposable
{
    private readonly TempFolder folder = new();

    public string Root => folder.Path;

    public string Layout(string name, string text) => folder.Write($"layouts/{name}.sbn-html", text);

    public string Partial(string name, string text) => folder.Write($"partials/{name}.sbn-html", text);

    public void Dispose() => folder.Dispose();
}
