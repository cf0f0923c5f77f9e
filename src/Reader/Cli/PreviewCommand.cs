using System.CommandLine;
using Reader.Preview;

namespace Reader.Cli;

/// <summary>`reader preview`: serve the edition on loopback, rebuilding and reloading open tabs as files change.</summary>
public static class PreviewCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 to serve on. Default: 5080", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Build the edition in memory, serve it on http://127.0.0.1:PORT/ and rebuild and reload open pages on every edit.")
        {
            port, BuildCommand.Input, BuildCommand.Theme, BuildCommand.BaseUrl, BuildCommand.SiteUrl, BuildCommand.Drafts, BuildCommand.FollowLinks, BuildCommand.MaxFileSize,
        };
        command.SetAction((result, cancellation) => Run(new PreviewOptions
        {
            // Output is unused: the preview serves from memory and never writes output/.
            Build = BuildCommand.OptionsFrom(result),
            Port = result.GetValue(port),
        }, cancellation));
        return command;
    }

    private static async Task<int> Run(PreviewOptions options, CancellationToken cancellation)
    {
        if (options.Port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"error: --port: {options.Port} is not a port number");
            return ExitCodes.Usage;
        }
        if (!Directory.Exists(options.Build.InputDirectory))
        {
            Console.Error.WriteLine($"error: {options.Build.InputDirectory}: input folder not found");
            return ExitCodes.Usage;
        }
        await using var server = new PreviewServer(options, Console.Out);
        try
        {
            await server.StartAsync(cancellation);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
            return ExitCodes.Failed;
        }
        Console.WriteLine($"Serving {server.Address} — watching {options.Build.InputDirectory} and {options.Build.ThemeDirectory}. Press Ctrl+C to stop.");
        await server.WaitForShutdownAsync(cancellation);
        Console.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
