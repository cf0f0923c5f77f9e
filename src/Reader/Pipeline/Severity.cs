namespace Reader.Pipeline;

public enum Severity
{
    Warning,
    Error,
}
