namespace Reader.Input;

public sealed class ArticleOverride
{
    public string? Title { get; set; }
    public string? Dek { get; set; }
    public string? Published { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public int? Order { get; set; }
}
