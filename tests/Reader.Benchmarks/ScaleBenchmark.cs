namespace Reader.Benchmarks;

internal static class ScaleBenchmark
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("ScaleBenchmark: not written yet");
        return 1;
    }
}
