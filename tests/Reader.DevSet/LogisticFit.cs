namespace Reader.DevSet;

/// <summary>
/// Fits a logistic model by Newton's method (iteratively reweighted least squares) with a small ridge penalty on
/// every weight but the first (the bias), which keeps weights finite when a feature separates the examples.
/// </summary>
public static class LogisticFit
{
    public static double[] Fit(IReadOnlyList<TrainingSample> samples, double ridge = 1.0, int iterations = 50)
    {
        int d = samples[0].Features.Length;
        var w = new double[d];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            foreach (var s in samples)
            {
                double z = 0;
                for (int i = 0; i < d; i++) z += w[i] * s.Features[i];
                double p = 1 / (1 + Math.Exp(-z));
                double r = (s.Positive ? 1 : 0) - p, v = p * (1 - p);
                for (int i = 0; i < d; i++)
                {
                    gradient[i] += r * s.Features[i];
                    for (int j = 0; j < d; j++) hessian[i, j] += v * s.Features[i] * s.Features[j];
                }
            }
            for (int i = 1; i < d; i++) { gradient[i] -= ridge * w[i]; hessian[i, i] += ridge; }
            hessian[0, 0] += 1e-9;
            var step = Solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) { w[i] += step[i]; change = Math.Max(change, Math.Abs(step[i])); }
            if (change < 1e-6) break;
        }
        return w;
    }

    /// <summary>Gaussian elimination with partial pivoting: A x = b.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            if (Math.Abs(m[pivot, col]) < 1e-12) continue;
            if (pivot != col)
            {
                for (int c = 0; c < n; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                (x[col], x[pivot]) = (x[pivot], x[col]);
            }
            for (int r = 0; r < n; r++)
            {
                if (r == col) continue;
                double f = m[r, col] / m[col, col];
                if (f == 0) continue;
                for (int c = col; c < n; c++) m[r, c] -= f * m[col, c];
                x[r] -= f * x[col];
            }
        }
        for (int i = 0; i < n; i++) x[i] = Math.Abs(m[i, i]) < 1e-12 ? 0 : x[i] / m[i, i];
        return x;
    }
}
