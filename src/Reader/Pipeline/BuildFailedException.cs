namespace Reader.Pipeline;

/// <summary>Thrown when a stage cannot go on; the diagnostics say why. Nothing has been published.</summary>
public sealed class BuildFailedException(string message) : Exception(message);
