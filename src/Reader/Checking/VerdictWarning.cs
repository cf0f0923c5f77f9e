namespace Reader.Checking;

/// <summary>A verdict of edition.yml that the checked site cannot apply: "edition.yml:12: warning: …", as the build says it.</summary>
public sealed record VerdictWarning(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: warning: {Message}";
}
