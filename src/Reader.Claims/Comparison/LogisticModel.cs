namespace Reader.Claims.Comparison;

/// <summary>A linear model over features, read as a probability: the form both matchers' fitted weights take.</summary>
internal static class LogisticModel
{
    public static double Probability(IReadOnlyList<double> weights, double[] x)
    {
        double z = 0;
        for (int i = 0; i < x.Length; i++) z += weights[i] * x[i];
        return 1 / (1 + Math.Exp(-z));
    }
}
