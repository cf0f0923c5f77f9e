using Reader.Input;

namespace Reader.Analysis;

/// <summary>A source of the register: its marker id, its number in the edition, its entry (null when not registered) and every citation.</summary>
public sealed record Source(string Id, int Number, SourceEntry? Entry, IReadOnlyList<SourceCitation> Citations)
{
    public string Anchor => "src-" + Id;

    public string DisplayTitle => Entry?.Title is { Length: > 0 } title ? title : $"Source {Id}";
}
