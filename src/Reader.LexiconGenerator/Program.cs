using Reader.Claims.Lexicon;
using Reader.LexiconGenerator;

// Usage: dotnet run --project src/Reader.LexiconGenerator -- [WORDNET_DIR] [OUTPUT]
// Defaults: Debian's wordnet-base folder, and the table Reader.Claims embeds.
var folder = args.Length > 0 ? args[0] : "/usr/share/wordnet";
var output = args.Length > 1 ? args[1] : Path.Combine("src", "Reader.Claims", "Lexicon", "Data", "wordnet.table.gz");
if (!File.Exists(Path.Combine(folder, "data.noun")))
{
    Console.Error.WriteLine($"WordNet 3.0 data files not found in {folder} (apt-get install wordnet-base)");
    return 2;
}
var wordNet = WordNetFiles.Read(folder);
TableSummary summary;
using (var file = File.Create(output)) summary = TableWriter.Write(wordNet, file);

// Read it back through the reader Reader.Claims uses, so a table that cannot be loaded is never shipped.
using (var check = File.OpenRead(output))
{
    var table = WordNetTable.Read(check);
    if (table.LemmaCount != summary.Lemmas) throw new InvalidDataException("the written table reads back differently");
}
Console.WriteLine($"{output}: {summary.Bytes:N0} bytes; {summary.Lemmas:N0} lemmas, {summary.SenseLists:N0} sense lists, " +
                  $"{summary.Senses:N0} senses, {summary.Concepts:N0} concepts, {summary.WordLinks:N0} word links, {summary.Exceptions:N0} exceptions");
return 0;
