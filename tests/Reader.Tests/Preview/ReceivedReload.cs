namespace Reader.Tests.Preview;

/// <summary>A "reload" event as a browser tab receives it.</summary>
internal sealed record ReceivedReload(long Version, bool All, IReadOnlyList<string> Paths);
