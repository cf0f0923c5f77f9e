using Reader.Claims.Comparison;
using Reader.Input;
using Reader.Parsing;

namespace Reader.Benchmarks;

/// <summary>
/// Why two claims of an edition are or are not related: their frames, the pair's features and what each model
/// says. For reading the engine's decisions, not for measuring.
/// Usage: explain FOLDER "words of one claim" "words of the other"
///        explain FOLDER "words of one claim" --mentions   (every sentence the mention search could weigh, with its features)
/// </summary>
internal static class ExplainPair
{
    public static int Run(string[] args)
    {
        if (args.Length < 3) { Console.Error.WriteLine("usage: explain FOLDER \"claim words\" \"claim words\""); return 2; }
        var diagnostics = new Reader.Pipeline.Diagnostics();
        var input = new LoadSources().Run(args[0], diagnostics);
        var articles = new ParseArticles().Run(input, diagnostics);
        var index = EditionIndex.Build(articles.Select(a => a.Analysis).ToList());
        var a = Enumerable.Range(0, index.Claims.Length).Where(i => index.Claims[i].Claim.Text == args[1]).ToList();
        if (args[2] == "--mentions")
        {
            var finder = new MentionFinder(index, new CompareOptions());
            foreach (var x in a)
                for (int s = 0; s < index.Sentences.Length; s++)
                {
                    if (index.SentenceArticle[s] == index.ClaimArticle[x] || finder.Features(x, s) is not { } v) continue;
                    Console.WriteLine($"{index.Claims[x].Input.ClaimId} ~ {index.Articles[index.SentenceArticle[s]].ArticleId} p={MentionFinder.Model.Probability(v):0.000}: {index.Sentences[s].Input.Text}");
                    Console.WriteLine("  " + string.Join("; ", v.Select((f, i) => $"{MentionFinder.FeatureNames[i]}={f:0.##}")));
                }
            return 0;
        }
        var b = Enumerable.Range(0, index.Claims.Length).Where(i => index.Claims[i].Claim.Text == args[2]).ToList();
        foreach (var x in a)
            foreach (var y in b)
            {
                if (index.ClaimArticle[x] == index.ClaimArticle[y]) continue;
                var f = PairFeatures.Of(index, x, y);
                Console.WriteLine($"{index.Claims[x].Input.ClaimId} '{args[1]}' ~ {index.Claims[y].Input.ClaimId} '{args[2]}'");
                Console.WriteLine($"  frames: {index.Claims[x].Frame.Measure}/{index.Claims[x].Frame.Predicate} ~ {index.Claims[y].Frame.Measure}/{index.Claims[y].Frame.Predicate}");
                Console.WriteLine($"  {f}");
                var v = f.Vector();
                for (int i = 0; i < v.Length; i++) Console.Write($"{FrameMatcher.FeatureNames[i]}={v[i]:0.##}; ");
                Console.WriteLine();
                bool events = FrameMatcher.IsTime(index.Claims[x].Group);
                var model = events ? FrameMatcher.EventModel : FrameMatcher.AmountModel;
                var blind = events ? FrameMatcher.EventFrameModel : FrameMatcher.AmountFrameModel;
                Console.WriteLine($"  p(same) {model.Probability(v):0.000}; blind to the figures {blind.Probability(f.FrameVector()):0.000}; vetoed {f.Vetoed}");
                Console.WriteLine($"  match: {FrameMatcher.Match(index, x, y, new CompareOptions())}");
            }
        return 0;
    }
}
