using Reader.Pipeline;
using Reader.Tests.Support;

namespace Reader.Tests.Basil;

public sealed class BasilClusterTests
{
    [BasilTheory]
    [MemberData(nameof(BasilTheoryAttribute.Clusters), MemberType = typeof(BasilTheoryAttribute))]
    public void A_cluster_folder_builds_as_it_is(string cluster)
    {
        var input = Path.Combine(RepoPaths.Basil, cluster);
        var config = Reader.Input.ClusterMetadata.Read(File.ReadAllText(Path.Combine(input, "cluster.json")), "cluster.json");

        var result = new BuildPipeline(new BuildOptions { InputDirectory = input, OutputDirectory = "/nonexistent", ThemeDirectory = RepoPaths.Theme }).Render();

        Assert.True(result.Succeeded, Builds.Errors(result));
        var articles = result.Edition!.Articles;
        Assert.Equal(Directory.EnumerateFiles(input, "*.txt").Count(), articles.Count);
        foreach (var article in articles)
        {
            var firstLine = File.ReadLines(Path.Combine(input, article.Id + ".txt")).First().Trim();
            var expected = config.Articles.GetValueOrDefault(article.Id)?.Title ?? firstLine;
            Assert.Equal(expected, article.Meta.Title);
            Assert.False(article.Meta.TitleDerived);
            Assert.DoesNotContain("Untitled", article.Meta.Title);
        }
        Assert.Contains(result.Files, f => f.Path == "index.html");
    }
}
