using Reader.Pipeline;
using Reader.Preview;

namespace Reader.Browser.Tests.Support;

/// <summary>`reader preview` over a private copy of the seeds, on a free loopback port: what an editor has open.</summary>
public sealed class PreviewSite : IAsyncDisposable
{
    private readonly string root;
    private readonly PreviewServer server;

    private PreviewSite(string root, PreviewServer server)
    {
        this.root = root;
        this.server = server;
    }

    public string Input => Path.Combine(root, "seeds");
    public string Config => Path.Combine(Input, "edition.yml");
    /// <summary>"http://127.0.0.1:port", no trailing slash.</summary>
    public string Origin => server.Address!.GetLeftPart(UriPartial.Authority);

    public static async Task<PreviewSite> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("reader-preview-browser-").FullName;
        var input = Path.Combine(root, "seeds");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        var server = new PreviewServer(new PreviewOptions
        {
            Build = new BuildOptions { InputDirectory = input, OutputDirectory = Path.Combine(root, "output"), ThemeDirectory = RepoPaths.Theme },
            Port = 0,
        }, TextWriter.Null);
        await server.StartAsync();
        return new PreviewSite(root, server);
    }

    /// <summary>Pastes at the end of edition.yml, as an editor would, writing the file whole so the watcher sees one change.</summary>
    public void Paste(string lines)
    {
        var aside = Path.Combine(Input, ".edition.yml.tmp");
        File.WriteAllText(aside, File.ReadAllText(Config).TrimEnd('\n') + "\n" + lines);
        File.Move(aside, Config, overwrite: true);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
