namespace Reader.Claims.Comparison;

/// <summary>
/// FNV-1a over a string's characters: a hash that is the same in every process, so index keys built from words
/// order candidate scans the same way on every run (string.GetHashCode is randomised per process).
/// </summary>
internal static class StableHash
{
    public static long Of(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return (long)(hash >> 2);
    }
}
