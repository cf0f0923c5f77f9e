using System.CommandLine;
using Reader.Cli;

// reader — builds a folder of news articles into an annotated reader edition.
// With no command it builds seeds/ into output/.
var root = new RootCommand("Reader: turns a folder of news articles into an annotated reader edition — source markers linked to a sources register, every numeric claim compared with the other articles.");
foreach (var option in new Option[] { BuildCommand.Input, BuildCommand.Output, BuildCommand.BaseUrl, BuildCommand.SiteUrl, BuildCommand.Theme, BuildCommand.Drafts })
    root.Options.Add(option);
root.SetAction(result => BuildCommand.Run(BuildCommand.OptionsFrom(result)));
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(PreviewCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'reader --help' for usage.");
    return ExitCodes.Usage;
}
return parsed.Invoke();
