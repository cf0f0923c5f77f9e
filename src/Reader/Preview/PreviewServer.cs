using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reader.Pipeline;

namespace Reader.Preview;

/// <summary>
/// `reader preview`: builds the edition in memory, serves it on loopback with Kestrel, watches the
/// input and theme folders and rebuilds incrementally, telling open tabs to reload over server-sent
/// events. Rebuilds run one at a time on a single loop; edits arriving meanwhile are merged into the next.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewOptions options;
    private readonly TextWriter log;
    private readonly IncrementalBuild build;
    private readonly Channel<ChangeKind> changes = Channel.CreateUnbounded<ChangeKind>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private PreviewState state = PreviewState.Empty;
    private WebApplication? app;
    private SourceWatcher? watcher;
    private Task? loop;

    public PreviewServer(PreviewOptions options, TextWriter log)
    {
        this.options = options;
        this.log = log;
        build = new IncrementalBuild(options.Build);
    }

    public ReloadBroadcaster Reloads { get; } = new();

    /// <summary>Where the site is served ("http://127.0.0.1:5080/" plus the base URL); set by <see cref="StartAsync"/>.</summary>
    public Uri? Address { get; private set; }

    public PreviewState State => Volatile.Read(ref state);

    /// <summary>After each rebuild has been applied and its reload event published.</summary>
    public event Action<RebuildOutcome>? Rebuilt;

    public async Task StartAsync(CancellationToken cancellation = default)
    {
        Apply(Guarded(build.Rebuild), initial: true);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        app = builder.Build();

        var handler = new PreviewRequestHandler(() => State, new SitePathResolver(options.Build.BaseUrl), options.Build.InputDirectory);
        // Streams end when the host begins to stop, so Ctrl+C does not wait on open tabs.
        app.Lifetime.ApplicationStopping.Register(() => { stopping.Cancel(); Reloads.CompleteAll(); });
        // 0 until Kestrel has bound a port: a request arriving in that instant is refused, which is safe.
        int port = 0;
        app.Run(context => !LoopbackHost.Allows(context.Request.Host, Volatile.Read(ref port)) ? LoopbackHost.Refuse(context, Volatile.Read(ref port))
            : context.Request.Path.Equals(LiveReloadScript.EventsPath) ? ReloadEventStream.Serve(context, Reloads, stopping.Token)
            : handler.Handle(context));
        await app.StartAsync(cancellation);

        var bound = new Uri(app.Urls.First());
        Volatile.Write(ref port, bound.Port);
        Address = new Uri(bound, options.Build.BaseUrl);
        loop = Task.Run(RebuildLoop, CancellationToken.None);
        watcher = new SourceWatcher(options.Build.InputDirectory, options.Build.ThemeDirectory, options.Debounce,
            kind => changes.Writer.TryWrite(kind));
    }

    /// <summary>Until Ctrl+C (or SIGTERM) stops the host.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation = default) =>
        app?.WaitForShutdownAsync(cancellation) ?? Task.CompletedTask;

    private async Task RebuildLoop()
    {
        var reader = changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stopping.Token))
            {
                var kind = ChangeKind.None;
                while (reader.TryRead(out var more)) kind |= more;
                if (kind.HasFlag(ChangeKind.Theme)) build.InvalidateTheme();
                // The edited page first; the edition-wide pages and data follow in a second event.
                RebuildOutcome? pages = null;
                var rest = Guarded(() => build.Rebuild(served =>
                {
                    pages = served;
                    Apply(served, initial: false, report: false);
                }));
                if (pages is null) Apply(rest, initial: false);
                else
                {
                    Apply(rest, initial: false, report: false);
                    Report(Combined(pages, rest), initial: false);
                }
            }
        }
        catch (OperationCanceledException) { }
    }

    private RebuildOutcome Guarded(Func<RebuildOutcome> rebuild)
    {
        try
        {
            return rebuild();
        }
        catch (Exception e)
        {
            // A bug in a stage must not kill the preview: report it like any failed build and keep watching.
            return new RebuildOutcome(null, [new Diagnostic(Severity.Error, options.Build.InputDirectory, null, $"internal error: {e.Message}")], [], 0, 0, TimeSpan.Zero, new StageTimings());
        }
    }

    /// <summary>The two phases as one line for the terminal.</summary>
    private static RebuildOutcome Combined(RebuildOutcome pages, RebuildOutcome rest) => rest with
    {
        Diagnostics = rest.Succeeded ? [] : rest.Diagnostics,
        ChangedPaths = pages.ChangedPaths.Union(rest.ChangedPaths).ToList(),
        ArticlesParsed = pages.ArticlesParsed,
        PagesRendered = pages.PagesRendered,
        Elapsed = pages.Elapsed + rest.Elapsed,
    };

    private void Apply(RebuildOutcome outcome, bool initial, bool report = true)
    {
        var before = State;
        var errors = outcome.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var next = outcome.Succeeded
            ? new PreviewState(outcome.Site, [], before.Version + 1)
            : new PreviewState(before.Site, errors, before.Version + 1);
        Volatile.Write(ref state, next);
        if (report) Report(outcome, initial);

        if (!initial)
        {
            // Failing, or recovering from a failure: every tab shows (or must drop) the overlay.
            if (!outcome.Succeeded || before.Failing) Reloads.Publish(new ReloadEvent(next.Version, true, outcome.ChangedPaths));
            else if (outcome.ChangedPaths.Count > 0) Reloads.Publish(new ReloadEvent(next.Version, false, outcome.ChangedPaths));
        }
        Rebuilt?.Invoke(outcome);
    }

    private void Report(RebuildOutcome outcome, bool initial)
    {
        lock (log)
        {
            foreach (var d in outcome.Diagnostics)
                if (initial || d.Severity == Severity.Error) log.WriteLine(d);
            var ms = outcome.Elapsed.TotalMilliseconds;
            if (!outcome.Succeeded)
                log.WriteLine($"build failed ({outcome.Diagnostics.Count(d => d.Severity == Severity.Error)} errors, {ms:0} ms): still serving the last good build");
            else if (initial)
                log.WriteLine($"built {outcome.Site!.Files.Count} files in {ms:0} ms");
            else
                log.WriteLine($"rebuilt in {ms:0} ms: {outcome.ArticlesParsed} parsed, {outcome.PagesRendered} article pages rendered, {outcome.ChangedPaths.Count} files changed");
            log.Flush();
        }
    }

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        changes.Writer.TryComplete();
        stopping.Cancel();
        Reloads.CompleteAll();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (loop is not null) await loop;
        stopping.Dispose();
    }
}
