namespace Reader.Checking;

/// <summary>Plain-text rendering of check results for the CLI.</summary>
public static class CheckReport
{
    /// <summary>One finding per line, then a summary line. Zero findings means the site passed.</summary>
    public static string Format(IReadOnlyList<CheckFinding> findings)
    {
        if (findings.Count == 0)
            return "check: no findings" + Environment.NewLine;

        var text = new System.Text.StringBuilder();
        foreach (var finding in findings)
            text.AppendLine(finding.ToString());

        var pages = findings.Select(f => f.Page).Distinct(StringComparer.Ordinal).Count();
        text.AppendLine($"check: {findings.Count} finding{(findings.Count == 1 ? "" : "s")} in {pages} file{(pages == 1 ? "" : "s")}");
        return text.ToString();
    }
}
