namespace Reader.Claims.Model;

/// <summary>
/// The hedge that stands before a figure, in CoreNLP's vocabulary (~ &gt; ≥ ≤ &lt;).
/// Kept because two figures can only agree or differ once their hedges are known:
/// "about 50,000" overlaps "48,000"; "more than 150" excludes "120".
/// </summary>
public enum Qualifier
{
    /// <summary>No hedge: the figure is given as exact.</summary>
    None,
    /// <summary>approximately, about, nearly, around, roughly, some (~).</summary>
    Approximately,
    /// <summary>more than, over, above (&gt;).</summary>
    MoreThan,
    /// <summary>at least, no fewer than (≥).</summary>
    AtLeast,
    /// <summary>up to, as many as, at most (≤).</summary>
    UpTo,
    /// <summary>under, less than, fewer than, below (&lt;).</summary>
    LessThan,
}
