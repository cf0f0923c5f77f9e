using Reader.Claims.Comparison;

namespace Reader.Verdicts;

/// <summary>
/// One editor's verdict from edition.yml, checked for form (<see cref="Input.VerdictEntry"/>). <paramref name="Claim"/>
/// is a claim id; <paramref name="Other"/> the claim (or, for confirm and reject, the sentence) it is compared with,
/// null for <see cref="VerdictKind.NotAClaim"/>; <paramref name="Relation"/> is given for <see cref="VerdictKind.Add"/> only.
/// <paramref name="File"/> and <paramref name="Line"/> say where it is written, for messages.
/// </summary>
public sealed record Verdict(VerdictKind Kind, string Claim, string? Other, Relation? Relation, string? Note, string File, int Line)
{
    /// <summary>The pair the verdict is about, the same whichever way round it is written.</summary>
    public (string, string)? Pair => Other is null ? null : PairOf(Claim, Other);

    /// <summary>Every claim or sentence the verdict names.</summary>
    public IEnumerable<string> Ids => Other is null ? [Claim] : [Claim, Other];

    public static (string, string) PairOf(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>The word edition.yml uses for the kind: "confirm", "reject", "add", "not_a_claim".</summary>
    public static string KeyOf(VerdictKind kind) => kind switch
    {
        VerdictKind.Confirm => "confirm",
        VerdictKind.Reject => "reject",
        VerdictKind.Add => "add",
        _ => "not_a_claim",
    };
}
