using System.Globalization;
using System.Reflection;

namespace Reader.Claims.Comparison;

/// <summary>
/// A boosted ensemble of small regression trees over a feature vector, read as a probability: the form the
/// matchers' fitted models take (fitted on the development set by `comparisons --fit`, stored as text in
/// Comparison/Data). Each node is "feature threshold left right" or a leaf "value"; a vector goes left when its
/// feature is at most the threshold. Immutable; thread-safe.
/// </summary>
public sealed class TreeModel
{
    private readonly double bias;
    private readonly Node[][] trees;

    public TreeModel(double bias, Node[][] trees)
    {
        this.bias = bias;
        this.trees = trees;
    }

    /// <summary>An inner node (<see cref="Feature"/> ≥ 0) or a leaf (<see cref="Feature"/> = -1, <see cref="Value"/>).</summary>
    public readonly record struct Node(int Feature, double Threshold, int Left, int Right, double Value);

    public int TreeCount => trees.Length;

    public double Probability(double[] x) => Probability((ReadOnlySpan<double>)x);

    public double Probability(ReadOnlySpan<double> x)
    {
        double z = bias;
        foreach (var tree in trees)
        {
            int n = 0;
            while (tree[n].Feature >= 0) n = x[tree[n].Feature] <= tree[n].Threshold ? tree[n].Left : tree[n].Right;
            z += tree[n].Value;
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The model as text: "bias B", then per tree a line "tree N" and one line per node.</summary>
    public string Write()
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"bias {bias.ToString("R", CultureInfo.InvariantCulture)}");
        foreach (var tree in trees)
        {
            w.WriteLine($"tree {tree.Length}");
            foreach (var n in tree)
                w.WriteLine(n.Feature < 0
                    ? $"leaf {n.Value.ToString("R", CultureInfo.InvariantCulture)}"
                    : $"node {n.Feature} {n.Threshold.ToString("R", CultureInfo.InvariantCulture)} {n.Left} {n.Right}");
        }
        return w.ToString();
    }

    public static TreeModel Read(TextReader reader)
    {
        double bias = 0;
        var trees = new List<Node[]>();
        List<Node>? current = null;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0 || f[0].StartsWith('#')) continue;
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            switch (f[0])
            {
                case "bias": bias = D(1); break;
                case "tree": if (current is not null) trees.Add([.. current]); current = []; break;
                case "leaf": current!.Add(new Node(-1, 0, 0, 0, D(1))); break;
                case "node": current!.Add(new Node(int.Parse(f[1], CultureInfo.InvariantCulture), D(2), int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), 0)); break;
                default: throw new InvalidDataException($"tree model: unexpected line '{line}'");
            }
        }
        if (current is not null) trees.Add([.. current]);
        return new TreeModel(bias, [.. trees]);
    }

    /// <summary>A model shipped in Reader.Claims (Comparison/Data/NAME.model).</summary>
    internal static TreeModel Embedded(string name)
    {
        var resource = $"Reader.Claims.Comparison.Data.{name}.model";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"resource {resource} missing from Reader.Claims");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
