using System.Collections.Concurrent;

namespace Reader.Pipeline;

/// <summary>Collects warnings and errors from every stage; safe to add to from parallel stages.</summary>
public sealed class Diagnostics
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public void Warn(string file, int? line, string message) => items.Enqueue(new Diagnostic(Severity.Warning, file, line, message));

    public void Error(string file, int? line, string message) => items.Enqueue(new Diagnostic(Severity.Error, file, line, message));

    public IReadOnlyList<Diagnostic> All => items
        .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

}
