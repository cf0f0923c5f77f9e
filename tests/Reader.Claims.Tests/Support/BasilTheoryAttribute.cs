using Reader.Claims.Tests.Extraction;

namespace Reader.Claims.Tests.Support;

/// <summary>A theory over the shared BASIL corpus; skipped, naming the missing folder, when ../shared is absent (a fresh clone).</summary>
public sealed class BasilTheoryAttribute : TheoryAttribute
{
    public static string Missing => $"BASIL corpus not found at {RepoPaths.Basil} (the shared test material is read from ../shared beside the repository)";

    public BasilTheoryAttribute()
    {
        if (!Directory.Exists(RepoPaths.Basil)) Skip = Missing;
    }
}
