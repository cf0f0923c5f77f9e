using YamlDotNet.RepresentationModel;

namespace Reader.Input.Yaml;

/// <summary>One "key: value" of a mapping, with the file's line of the key.</summary>
public sealed record YamlEntry(string Key, YamlNode Value, int Line);
