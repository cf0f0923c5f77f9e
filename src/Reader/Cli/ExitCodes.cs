namespace Reader.Cli;

public static class ExitCodes
{
    /// <summary>Built (warnings allowed), or the check found nothing.</summary>
    public const int Success = 0;
    /// <summary>Input or template errors; or the check found problems.</summary>
    public const int Failed = 1;
    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
