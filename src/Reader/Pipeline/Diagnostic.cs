namespace Reader.Pipeline;

/// <summary>A finding about the input, always naming the file and, where known, the line (1-based).</summary>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string Message)
{
    /// <summary>"seeds/x.md:4: error: …", the form editors' tools turn into links.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        return $"{where}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
    }
}
