namespace Reader.Benchmarks;

internal static class PreviewLatency
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("PreviewLatency: not written yet");
        return 1;
    }
}
