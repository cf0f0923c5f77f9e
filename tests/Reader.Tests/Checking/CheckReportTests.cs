using Reader.Checking;

namespace Reader.Tests.Checking;

public sealed class CheckReportTests
{
    [Fact]
    public void Finding_renders_page_element_rule_and_message()
    {
        var finding = new CheckFinding("articles/x/index.html", "<a href=\"#n3\">", "broken-fragment", "no element with id \"n3\"");

        Assert.Equal("articles/x/index.html: <a href=\"#n3\"> broken-fragment: no element with id \"n3\"", finding.ToString());
    }

    [Fact]
    public void Report_lists_findings_and_summarises()
    {
        var findings = new[]
        {
            new CheckFinding("a.html", "<html>", "missing-lang", "m1"),
            new CheckFinding("a.html", "<body>", "h1-count", "m2"),
            new CheckFinding("b.html", "<head>", "missing-title", "m3"),
        };

        var lines = CheckReport.Format(findings).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["a.html: <html> missing-lang: m1", "a.html: <body> h1-count: m2", "b.html: <head> missing-title: m3", "check: 3 findings in 2 files"], lines);
    }

    [Fact]
    public void Empty_report_says_so() =>
        Assert.Equal("check: no findings" + Environment.NewLine, CheckReport.Format([]));
}
