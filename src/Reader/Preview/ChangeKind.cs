namespace Reader.Preview;

/// <summary>What a burst of file events touched: articles or edition.yml only, or the theme too.</summary>
[Flags]
public enum ChangeKind
{
    None = 0,
    Input = 1,
    Theme = 2,
}
