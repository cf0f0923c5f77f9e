namespace Reader.Platform;

/// <summary>What a directory entry is, seen without following it.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    /// <summary>A kind this system has and the others do not.</summary>
    Other,
}
