namespace Reader.Input;

public sealed class SourceEntry
{
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
}
