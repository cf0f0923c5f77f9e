namespace Reader.Input;

/// <summary>What the Load stage read: the edition's configuration and every article file.</summary>
public sealed record LoadedInput(EditionConfig Config, IReadOnlyList<SourceFile> Files);
