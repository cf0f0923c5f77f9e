namespace Reader.Browser.Tests.Support;

/// <summary>
/// A small edition the seeds cannot stand in for: four dated articles from three outlets in two sections and
/// two months, three or more of which give a figure on one subject — so it has browse pages of every kind and a
/// figure over time. Written into a fresh folder for each use.
/// </summary>
public static class DatedEdition
{
    private static readonly (string Id, string Title, string Date, string Outlet, string Section, string Text)[] Articles =
    [
        ("a", "Northfield Motors to cut jobs at Elm Street plant", "2024-03-04", "Harbour Gazette", "Business",
            "Northfield Motors says 1,200 workers will lose their jobs at the Elm Street plant. The company reported a loss of $40 million for the year.\n\nThe plant opened in 1998 and builds delivery vans for the regional market."),
        ("b", "More jobs to go at the Elm Street plant", "2024-03-18", "Valley Times", "Business",
            "A total of 1,250 workers will lose their jobs at the Elm Street plant, Northfield Motors confirmed on Friday. The carmaker's annual loss reached $40 million.\n\nUnion leaders asked the council to help the families of the workers."),
        ("c", "Northfield Motors widens job cuts", "2024-04-02", "Harbour Gazette", "Local",
            "Northfield Motors says 1,300 workers will lose their jobs at the Elm Street plant. The company's loss for the year was $42 million, it said in a filing.\n\nThe council has offered training places to the workers."),
        ("d", "Union meets council over Elm Street plant", "2024-04-20", "Coast Herald", "Local",
            "Union leaders said 1,300 workers would lose their jobs at the Elm Street plant run by Northfield Motors.\n\nThe council will meet the union again in May."),
    ];

    /// <summary>Writes the edition's Markdown files into a new temporary folder and returns it.</summary>
    public static string Write()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reader-dated-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        foreach (var a in Articles)
            File.WriteAllText(Path.Combine(folder, a.Id + ".md"),
                $"---\ntitle: {a.Title}\npublished: {a.Date}\noutlet: {a.Outlet}\nsection: {a.Section}\n---\n{a.Text}\n");
        return folder;
    }
}
