namespace Reader.Claims.Tests.Lexicon;

/// <summary>One line of lexicon.spec.md: two words and the relation expected between them.</summary>
public sealed record LexiconSpecExample(string Section, int Line, string First, string Second, string Relation);
