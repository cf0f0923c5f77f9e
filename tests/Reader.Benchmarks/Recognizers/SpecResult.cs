namespace Reader.Benchmarks.Recognizers;

/// <summary>An expected entity: type, text, resolved value and (currency only) ISO code.</summary>
internal sealed record SpecResult(string TypeName, string Text, string? Value, string? IsoCurrency);
