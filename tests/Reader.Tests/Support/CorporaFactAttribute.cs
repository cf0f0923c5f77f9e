namespace Reader.Tests.Support;

/// <summary>A fact over the shared news corpora; skipped, naming the missing folder, when ../shared is absent (a fresh clone).</summary>
public sealed class CorporaFactAttribute : FactAttribute
{
    public CorporaFactAttribute()
    {
        if (!Reader.DevSet.SharedCorpora.Available)
            Skip = $"shared corpora not found at {Reader.DevSet.SharedCorpora.Corpora} (the development set's texts are read from ../shared beside the repository)";
    }
}
