namespace Reader.Benchmarks;

internal static class RecognizersAgreement
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("RecognizersAgreement: not written yet");
        return 1;
    }
}
