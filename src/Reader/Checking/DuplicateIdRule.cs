using AngleSharp.Dom;

namespace Reader.Checking;

/// <summary>Ids must be unique: a fragment can only reach the first, and ARIA references become ambiguous.</summary>
internal static class DuplicateIdRule
{
    public static IEnumerable<CheckFinding> Check(IDocument document, string page)
    {
        var first = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            var id = element.Id;
            if (string.IsNullOrEmpty(id)) continue;
            if (first.TryGetValue(id, out var original))
                yield return new CheckFinding(page, ElementDescription.Describe(element, "id"), CheckRules.DuplicateId,
                    $"id \"{id}\" is already used by {ElementDescription.Describe(original, "id")}");
            else
                first[id] = element;
        }
    }
}
