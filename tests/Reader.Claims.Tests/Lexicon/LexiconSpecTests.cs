using Reader.Claims.Lexicon;

namespace Reader.Claims.Tests.Lexicon;

/// <summary>Runs lexicon.spec.md against the embedded WordNet table: every pair relates as listed, both ways round.</summary>
public class LexiconSpecTests
{
    public static TheoryData<int> Lines()
    {
        var data = new TheoryData<int>();
        foreach (var e in LexiconSpecFile.Load()) data.Add(e.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Words_relate_as_the_spec_says(int line)
    {
        var e = LexiconSpecFile.Load().Single(x => x.Line == line);
        var db = LexicalDatabase.Default;
        var a = db.Readings(e.First);
        var b = db.Readings(e.Second);
        Assert.NotEmpty(a);
        Assert.NotEmpty(b);
        Assert.Equal(e.Relation, db.Relate(a, b).ToString().ToLowerInvariant());
        Assert.Equal(e.Relation, db.Relate(b, a).ToString().ToLowerInvariant());
    }

    [Fact]
    public void Every_relation_is_covered()
    {
        var used = LexiconSpecFile.Load().Select(e => e.Relation).ToHashSet();
        foreach (var r in Enum.GetValues<LexicalRelation>()) Assert.Contains(r.ToString().ToLowerInvariant(), used);
    }
}
