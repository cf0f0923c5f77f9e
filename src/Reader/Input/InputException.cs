namespace Reader.Input;

/// <summary>Input that cannot be read as given: names the file and, where known, the line.</summary>
public sealed class InputException(string file, int? line, string message) : Exception(message)
{
    public string File { get; } = file;
    public int? Line { get; } = line;
}
