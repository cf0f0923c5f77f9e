namespace Reader.Input;

/// <summary>
/// What Load may read: only regular files inside the input folder, each at most <see cref="MaxFileBytes"/>.
/// Symbolic links are skipped with a warning unless <see cref="FollowLinksInside"/>, and even then only those
/// whose target lies inside the input folder are read — a link to /etc/passwd is never published.
/// </summary>
public sealed record InputPolicy
{
    /// <summary>A few MB: fifty times the longest article of the news corpora, and well under what a build handles in seconds.</summary>
    public const long DefaultMaxFileBytes = 4L << 20;

    /// <summary>Follow symbolic links whose target lies inside the input folder (--follow-links).</summary>
    public bool FollowLinksInside { get; init; }

    /// <summary>Largest file read, in bytes (--max-file-size); a larger one is an error naming it.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public static InputPolicy Default { get; } = new();
}
