namespace Reader.Checking;

/// <summary>Rule names used in <see cref="CheckFinding.Rule"/>; stable so scripts and tests can match on them.</summary>
public static class CheckRules
{
    public const string BrokenLink = "broken-link";
    public const string OutsideBaseUrl = "outside-base-url";
    public const string MalformedUrl = "malformed-url";
    public const string UnsafeUrl = "unsafe-url";
    public const string NoPages = "no-pages";
    public const string BrokenFragment = "broken-fragment";
    public const string MalformedXml = "malformed-xml";
    public const string DuplicateId = "duplicate-id";
    public const string NoteRefWithoutId = "noteref-without-id";
    public const string NoteRefTargetNotNote = "noteref-target-not-note";
    public const string BiblioRefTargetNotEntry = "biblioref-target-not-entry";
    public const string MissingNoteBacklink = "missing-note-backlink";
    public const string BiblioRefWithoutId = "biblioref-without-id";
    public const string MissingBiblioBacklink = "missing-biblio-backlink";
    public const string DeprecatedRole = "deprecated-role";
    public const string FootnoteInEndnotes = "footnote-in-endnotes";
    public const string MissingLang = "missing-lang";
    public const string MissingTitle = "missing-title";
    public const string H1Count = "h1-count";
}
