namespace Reader.Publishing;

/// <summary>The output folder could not be written (a read-only or full disk, a path taken by a file): names the folder and the option.</summary>
public sealed class OutputException(string folder, string message, Exception inner) : Exception(message, inner)
{
    public string Folder { get; } = folder;
}
