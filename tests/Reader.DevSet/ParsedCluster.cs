using Reader.Input;
using Reader.Parsing;

namespace Reader.DevSet;

/// <summary>A labelled cluster's articles after Load and Parse: what the Analyse stage starts from.</summary>
public sealed record ParsedCluster(LabelledCluster Cluster, IReadOnlyList<Article> Articles, EditionConfig Config);
