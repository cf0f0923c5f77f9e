namespace Reader.Claims.Lexicon;

/// <summary>One line of Data/additions.txt: a word WordNet lacks, or a link it lacks, stated against a word it has.</summary>
internal sealed record LexiconAddition(string Word, PartOfSpeech Pos, LexiconAdditionKind Kind, string Target, PartOfSpeech TargetPos, int Line);
