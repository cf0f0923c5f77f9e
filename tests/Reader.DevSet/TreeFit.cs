using Reader.Claims.Comparison;

namespace Reader.DevSet;

/// <summary>
/// Gradient boosting for logistic loss with small regression trees (Newton leaf values, a shrinkage rate, a least
/// leaf size): fits <see cref="TreeModel"/>s on the development set's examples. Deterministic: the same examples
/// give the same model.
/// </summary>
public static class TreeFit
{
    public static TreeModel Fit(IReadOnlyList<TrainingSample> samples, int trees = 120, int depth = 3, double rate = 0.1, int minLeaf = 12)
    {
        int n = samples.Count;
        var y = samples.Select(s => s.Positive ? 1.0 : 0.0).ToArray();
        double mean = Math.Clamp(y.Average(), 1e-3, 1 - 1e-3);
        double bias = Math.Log(mean / (1 - mean));
        var z = Enumerable.Repeat(bias, n).ToArray();
        var result = new List<TreeModel.Node[]>();
        for (int t = 0; t < trees; t++)
        {
            var p = z.Select(v => 1 / (1 + Math.Exp(-v))).ToArray();
            var g = Enumerable.Range(0, n).Select(i => y[i] - p[i]).ToArray();
            var h = p.Select(v => Math.Max(v * (1 - v), 1e-6)).ToArray();
            var nodes = new List<TreeModel.Node>();
            Grow(samples, Enumerable.Range(0, n).ToArray(), g, h, depth, rate, minLeaf, nodes);
            var tree = nodes.ToArray();
            result.Add(tree);
            for (int i = 0; i < n; i++) z[i] += Leaf(tree, samples[i].Features);
        }
        return new TreeModel(bias, [.. result]);
    }

    private static double Leaf(TreeModel.Node[] tree, double[] x)
    {
        int k = 0;
        while (tree[k].Feature >= 0) k = x[tree[k].Feature] <= tree[k].Threshold ? tree[k].Left : tree[k].Right;
        return tree[k].Value;
    }

    /// <summary>Adds the subtree for <paramref name="rows"/> at the end of <paramref name="nodes"/>; returns its index.</summary>
    private static int Grow(IReadOnlyList<TrainingSample> s, int[] rows, double[] g, double[] h, int depth, double rate, int minLeaf, List<TreeModel.Node> nodes)
    {
        int at = nodes.Count;
        nodes.Add(default);
        double G = rows.Sum(r => g[r]), H = rows.Sum(r => h[r]);
        var split = depth > 0 ? BestSplit(s, rows, g, h, G, H, minLeaf) : null;
        if (split is not { } best)
        {
            nodes[at] = new TreeModel.Node(-1, 0, 0, 0, rate * G / (H + 1.0));
            return at;
        }
        var left = rows.Where(r => s[r].Features[best.Feature] <= best.Threshold).ToArray();
        var right = rows.Where(r => s[r].Features[best.Feature] > best.Threshold).ToArray();
        int l = Grow(s, left, g, h, depth - 1, rate, minLeaf, nodes);
        int rr = Grow(s, right, g, h, depth - 1, rate, minLeaf, nodes);
        nodes[at] = new TreeModel.Node(best.Feature, best.Threshold, l, rr, 0);
        return at;
    }

    private static (int Feature, double Threshold)? BestSplit(IReadOnlyList<TrainingSample> s, int[] rows, double[] g, double[] h, double G, double H, int minLeaf)
    {
        double baseScore = G * G / (H + 1.0), bestGain = 1e-6;
        (int, double)? best = null;
        int d = s[0].Features.Length;
        for (int f = 1; f < d; f++)
        {
            var order = rows.OrderBy(r => s[r].Features[f]).ToArray();
            double gl = 0, hl = 0;
            for (int i = 0; i < order.Length - 1; i++)
            {
                gl += g[order[i]];
                hl += h[order[i]];
                double v = s[order[i]].Features[f], next = s[order[i + 1]].Features[f];
                if (v == next || i + 1 < minLeaf || order.Length - i - 1 < minLeaf) continue;
                double gr = G - gl, hr = H - hl;
                double gain = gl * gl / (hl + 1.0) + gr * gr / (hr + 1.0) - baseScore;
                if (gain > bestGain) { bestGain = gain; best = (f, (v + next) / 2); }
            }
        }
        return best;
    }
}
