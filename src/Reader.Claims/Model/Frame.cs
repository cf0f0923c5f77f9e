namespace Reader.Claims.Model;

/// <summary>
/// What a figure measures, read from its sentence (<see cref="Extraction.FrameReader"/>): the thing counted or
/// priced, the act or event, whose or among whom, and when. Two figures are the same quantity only when their
/// frames are (<see cref="Comparison.FrameMatcher"/>). Words are lemmas from WordNet's morphology ("troop",
/// "wound"); the *Text properties keep the words as written, for notes.
/// </summary>
public sealed record Frame
{
    public static readonly Frame Empty = new();

    /// <summary>The measured thing's head noun, as a lemma ("troop", "wall", "emergency"); "" when none is written.</summary>
    public string Measure { get; init; } = "";

    /// <summary>The measured thing as written, with its modifiers ("U.S. military personnel").</summary>
    public string MeasureText { get; init; } = "";

    /// <summary>True when the measured thing is not beside the figure but implied by the verb or an earlier clause ("killed 49", "Another 53 were wounded").</summary>
    public bool Implied { get; init; }

    /// <summary>The act or event, as a verb lemma ("kill", "spend", "vote"); "" when none.</summary>
    public string Predicate { get; init; } = "";

    /// <summary>The predicate as written ("were wounded").</summary>
    public string PredicateText { get; init; } = "";

    /// <summary>Whose figure it is or among whom it was measured, as written ("House Republicans", "likely voters"); "" when none.</summary>
    public string Holder { get; init; } = "";

    /// <summary>The holder's head noun as a lemma ("republican", "voter").</summary>
    public string HolderHead { get; init; } = "";

    /// <summary>The time the figure refers to, as written ("in 2016", "last year"); "" when the sentence gives none.</summary>
    public string Time { get; init; } = "";

    /// <summary>The span of days <see cref="Time"/> covers; null when there is none.</summary>
    public DateOnly? TimeFrom { get; init; }

    public DateOnly? TimeTo { get; init; }

    /// <summary>True when the figure is a part of a larger figure ("Of that, $3 billion …", "a $60 billion piece of the package").</summary>
    public bool Part { get; init; }

    /// <summary>
    /// The clause's other content words (lemmas, names lower-cased), which tell two frames of one story apart
    /// when their measured things are written differently. For matching; not part of claims.json.
    /// </summary>
    public IReadOnlyList<string> Context { get; init; } = [];
}
