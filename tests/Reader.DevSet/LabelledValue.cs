namespace Reader.DevSet;

/// <summary>
/// A labelled value: a number (<see cref="Number"/>, with <see cref="High"/> for ranges), an ISO date or span or
/// year (<see cref="Iso"/>), a tally ("348-77"), or a weekday name where an article has no date.
/// <see cref="Unit"/> is the currency for money (USD unless given) and the time unit for durations.
/// </summary>
public sealed record LabelledValue(decimal? Number, decimal? High, string? Iso, string? Unit);
