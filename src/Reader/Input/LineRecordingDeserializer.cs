using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Reader.Input;

/// <summary>
/// Wraps YamlDotNet's object deserializer to note where each verdict stands in the file: a verdict whose claim
/// is gone is reported on its own line, as an editor's tools expect.
/// </summary>
internal sealed class LineRecordingDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        var start = reader.Current?.Start;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer)) return false;
        if (value is VerdictEntry verdict && start is { } mark) verdict.Line = (int)mark.Line;
        return true;
    }
}
