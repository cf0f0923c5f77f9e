using Reader.Claims.Tests.Extraction;

namespace Reader.Claims.Tests.Support;

/// <summary>A fact over the shared BASIL corpus; skipped, naming the missing folder, when ../shared is absent (a fresh clone).</summary>
public sealed class BasilFactAttribute : FactAttribute
{
    public BasilFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Basil)) Skip = BasilTheoryAttribute.Missing;
    }
}
