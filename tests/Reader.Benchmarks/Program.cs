// Benchmark commands. Each prints figures; none is a pass/fail test.
//   dotnet run -c Release --project tests/Reader.Benchmarks -- recognizers [SPECS_DIR]
//   dotnet run -c Release --project tests/Reader.Benchmarks -- scale [--sizes 1000,10000] [--bbc DIR]
//   dotnet run -c Release --project tests/Reader.Benchmarks -- preview [--articles 1000]
//   dotnet run -c Release --project tests/Reader.Benchmarks -- analyse-profile [FOLDER] [--runs N]
//   dotnet run -c Release --project tests/Reader.Benchmarks -- explain FOLDER "claim words" "claim words"
//   dotnet run -c Release --project tests/Reader.Benchmarks -- comparisons [--check] [--errors] [--cluster NAME] [--split dev|holdout]
//   dotnet run -c Release --project tests/Reader.Benchmarks -- long-inputs [--runs 3] [--work DIR]
//   dotnet run -c Release --project tests/Reader.Benchmarks -- search [--input DIR] [--articles 10000] [--queries 12] [--throttle 4]
using Reader.Benchmarks;

var command = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToArray();
return command switch
{
    "recognizers" => RecognizersAgreement.Run(rest),
    "scale" => ScaleBenchmark.Run(rest),
    "preview" => PreviewLatency.Run(rest),
    "comparisons" => ComparisonBenchmark.Run(rest),
    "analyse-profile" => AnalyseProfile.Run(rest),
    "explain" => ExplainPair.Run(rest),
    "long-inputs" => LongInputsBenchmark.Run(rest),
    "search" => await SearchLatency.Run(rest),
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("usage: dotnet run -c Release --project tests/Reader.Benchmarks -- recognizers|scale|preview|comparisons|analyse-profile|explain|long-inputs|search [options]");
    return 2;
}
