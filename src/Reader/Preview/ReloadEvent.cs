namespace Reader.Preview;

/// <summary>
/// Sent to open tabs after a rebuild. <see cref="All"/> asks every tab to reload (a failure appeared
/// or went away); otherwise only tabs showing one of <see cref="Paths"/> (site paths) reload.
/// </summary>
public sealed record ReloadEvent(long Version, bool All, IReadOnlyList<string> Paths);
