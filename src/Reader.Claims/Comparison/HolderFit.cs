namespace Reader.Claims.Comparison;

/// <summary>How two frames' holders (whose figure, among whom) fit.</summary>
internal enum HolderFit
{
    /// <summary>Neither names one.</summary>
    Neither,
    /// <summary>Only one names one ("62% of Republicans" against "62%").</summary>
    OneOnly,
    /// <summary>Both name related ones (the same, synonyms, one a kind of the other).</summary>
    Related,
    /// <summary>Both name ones the lexicon does not relate.</summary>
    Unrelated,
    /// <summary>Both name ones the lexicon sets apart ("Republicans", "Democrats").</summary>
    Contrast,
}
