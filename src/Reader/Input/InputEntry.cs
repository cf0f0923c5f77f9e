namespace Reader.Input;

/// <summary>A file Load may read: where it stands in the input folder (a link's own path, when a link was followed) and the regular file to open.</summary>
public sealed record InputEntry(string FullPath, string ReadPath);
