namespace Reader.Verdicts;

/// <summary>What an editor can say about the comparisons, in edition.yml's <c>verdicts:</c> list.</summary>
public enum VerdictKind
{
    /// <summary>A comparison the engine made is right: it shows "checked by the editors".</summary>
    Confirm,
    /// <summary>A comparison the engine made is wrong: it is never shown.</summary>
    Reject,
    /// <summary>A comparison the engine missed: it is shown, "checked by the editors".</summary>
    Add,
    /// <summary>A figure the extractor took for a claim is none: no note, in no comparison.</summary>
    NotAClaim,
}
