using System.CommandLine;
using Reader.Cli;

// reader — builds a folder of news articles into an annotated reader edition.
// With no command it builds seeds/ into output/.
var root = new RootCommand("Reader: turns a folder of news articles into an annotated reader edition — source markers linked to a sources register, every numeric claim compared with the other articles.");
foreach (var option in BuildCommand.BuildOptionList)
    root.Options.Add(option);
root.SetAction(result => BuildCommand.Run(BuildCommand.OptionsFrom(result), result.GetValue(BuildCommand.Force)));
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(PreviewCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Options shared by `reader` and `reader build` report the same error once for each: print it once.
    foreach (var message in parsed.Errors.Select(e => e.Message).Distinct()) Console.Error.WriteLine($"error: {message}");
    Console.Error.WriteLine("Run 'reader --help' for usage.");
    return ExitCodes.Usage;
}
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (Environment.GetEnvironmentVariable("READER_TRACE") is not "1")
{
    // Expected failures are diagnostics with file and line; reaching here is a bug. One line still, never a stack trace.
    Console.Error.WriteLine($"error: internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")} — a bug in Reader; READER_TRACE=1 prints where it happened");
    return ExitCodes.Failed;
}
