using Reader.Input;
using Reader.Tests.Support;

namespace Reader.Tests.Input;

public sealed class ClusterMetadataTests
{
    [Fact]
    public void Reads_main_event_and_per_file_metadata()
    {
        var config = ClusterMetadata.Read("""
            {"main_event": "Event", "articles": [
              {"file": "01-fox.txt", "title": "T1", "outlet": "Fox", "url": "http://f", "date": "2015-07-31", "keywords": null}
            ]}
            """, "cluster.json");

        Assert.Equal("Event", config.Title);
        var a = config.Articles["01-fox"];
        Assert.Equal(("T1", "Fox", "http://f", "2015-07-31"), (a.Title, a.Outlet, a.Url, a.Published));
    }

    [Fact]
    public void An_empty_main_event_is_no_title()
    {
        var config = ClusterMetadata.Read("""{"main_event": "", "title": "Fallback", "articles": [{"file": "a.txt", "title": " "}]}""", "cluster.json");

        Assert.Equal("Fallback", config.Title);
        Assert.Null(config.Articles["a"].Title);
    }

    [Fact]
    public void Malformed_json_is_an_error_naming_file_and_line()
    {
        var e = Assert.Throws<InputException>(() => ClusterMetadata.Read("{\n\"main_event\": \"x\",\n oops\n}", "c/cluster.json"));

        Assert.Equal("c/cluster.json", e.File);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Edition_yml_wins_over_cluster_json()
    {
        var under = ClusterMetadata.Read("""{"main_event":"E","articles":[{"file":"a.txt","title":"Cluster","outlet":"O"}]}""", "cluster.json");
        var over = EditionConfigReader.Read("articles:\n  a:\n    title: Editor\n", "edition.yml");

        var merged = ClusterMetadata.Merge(under, over);

        Assert.Equal("Editor", merged.Articles["a"].Title);
        Assert.Equal("O", merged.Articles["a"].Outlet);
        Assert.Equal("E", merged.Title);
    }

    [BasilTheory]
    [MemberData(nameof(BasilTheoryAttribute.Clusters), MemberType = typeof(BasilTheoryAttribute))]
    public void Reads_a_real_basil_cluster_json(string cluster)
    {
        var folder = Path.Combine(RepoPaths.Basil, cluster);
        var path = Path.Combine(folder, "cluster.json");
        var config = ClusterMetadata.Read(File.ReadAllText(path), path);

        Assert.True(config.Title is null || config.Title.Trim().Length > 0, "blank main_event must read as no title");
        foreach (var txt in Directory.EnumerateFiles(folder, "*.txt"))
        {
            var entry = config.Articles[Path.GetFileNameWithoutExtension(txt)];
            Assert.False(string.IsNullOrWhiteSpace(entry.Title));
            Assert.False(string.IsNullOrWhiteSpace(entry.Outlet));
        }
    }
}
