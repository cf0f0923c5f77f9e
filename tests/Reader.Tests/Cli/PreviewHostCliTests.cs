using System.Diagnostics;
using Reader.Tests.Preview;
using Reader.Tests.Support;

namespace Reader.Tests.Cli;

/// <summary>
/// `reader preview` as run from a terminal answers only to its loopback names: a page elsewhere that points a
/// name of its own at 127.0.0.1 (DNS rebinding) sends that name in Host, and gets 403 instead of the site.
/// </summary>
public sealed class PreviewHostCliTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Only_loopback_names_with_the_preview_port_are_served()
    {
        var input = temp.Sub("in");
        temp.Write("in/a.txt", "Wardens counted 40 boats on Friday.");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { ReaderProcess.Dll, "preview", "--port", "0", "--input", input, "--theme", RepoPaths.Theme }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        try
        {
            var address = await ServingAddress(process);
            string authority = address.Authority, port = address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

            foreach (var host in new[] { authority, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port })
                Assert.Equal(200, (await RawHttp.Get(address, "/", host)).Status);
            foreach (var host in new[] { "attacker.example:" + port, "attacker.example", "127.0.0.1", "127.0.0.1:1", "localhost.attacker.example:" + port, "" })
            {
                var (status, response) = await RawHttp.Get(address, "/", host);
                Assert.True(status == 403 || (host == "" && status == 400), $"Host \"{host}\": {status}");
                Assert.DoesNotContain("<html", response);
            }
            Assert.Equal(403, (await RawHttp.Get(address, Reader.Preview.LiveReloadScript.EventsPath, "attacker.example:" + port)).Status);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The address the preview prints once it listens: "Serving http://127.0.0.1:PORT/ — watching …".</summary>
    private static async Task<Uri> ServingAddress(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("Serving ", StringComparison.Ordinal))
                return new Uri(line.Split(' ')[1]);
        throw new InvalidOperationException("the preview stopped before serving: " + await process.StandardError.ReadToEndAsync());
    }
}
