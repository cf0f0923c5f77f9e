namespace Reader.LexiconGenerator;

/// <summary>What a written table holds, for the generator's report: counts of each part and the file's size.</summary>
public sealed record TableSummary(int Lemmas, int Concepts, int SenseLists, int Senses, int WordLinks, int Exceptions, long Bytes);
