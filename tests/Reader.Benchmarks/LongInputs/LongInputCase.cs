namespace Reader.Benchmarks.LongInputs;

/// <summary>One hostile input: its name for the table, its file name and its text (put beside the seed articles).</summary>
internal sealed record LongInputCase(string Name, string FileName, string Text);
