namespace Reader.Claims.Lexicon;

/// <summary>
/// One word's meaning as sorted sets of ids, worked out once, so that relating two words is a few merges of
/// integer arrays rather than walks through WordNet: its lemmas, the concepts of its usual senses, their roots
/// (with derived words' concepts), their broader concepts and direct parents, and its antonyms. The union over
/// the readings it was made from. Immutable; <see cref="Empty"/> relates to nothing.
/// </summary>
public sealed class LexicalProfile
{
    public static readonly LexicalProfile Empty = new([], [], [], [], [], []);

    private LexicalProfile(int[] lemmas, int[] own, int[] roots, int[] ancestors, int[] parents, int[] antonyms)
    {
        Lemmas = lemmas;
        Own = own;
        Roots = roots;
        Ancestors = ancestors;
        Parents = parents;
        Antonyms = antonyms;
    }

    public int[] Lemmas { get; }
    public int[] Own { get; }
    public int[] Roots { get; }
    public int[] Ancestors { get; }
    public int[] Parents { get; }
    public int[] Antonyms { get; }

    public bool IsEmpty => Lemmas.Length == 0;

    internal static LexicalProfile Of(IEnumerable<LexicalEntry> readings, Func<LexicalEntry, EntryConcepts> concepts)
    {
        var lemmas = new SortedSet<int>();
        var own = new SortedSet<int>();
        var roots = new SortedSet<int>();
        var ancestors = new SortedSet<int>();
        var parents = new SortedSet<int>();
        var antonyms = new SortedSet<int>();
        foreach (var e in readings)
        {
            var c = concepts(e);
            lemmas.Add(e.Lemma);
            own.UnionWith(c.Own);
            roots.UnionWith(c.Roots);
            ancestors.UnionWith(c.Ancestors.Keys);
            parents.UnionWith(c.Parents);
            antonyms.UnionWith(c.Antonyms);
        }
        return lemmas.Count == 0 ? Empty : new LexicalProfile([.. lemmas], [.. own], [.. roots], [.. ancestors], [.. parents], [.. antonyms]);
    }

    /// <summary>
    /// The same answer <see cref="LexicalDatabase.Relate(LexicalEntry, LexicalEntry)"/> gives for the strongest pair of
    /// readings: one lemma; opposites; a shared usual sense; a shared root; one a kind of the other; two kinds of
    /// one thing; else unrelated. Concept ids carry their part of speech, so kinds only meet their own.
    /// </summary>
    public LexicalRelation Relate(LexicalProfile other)
    {
        if (IsEmpty || other.IsEmpty) return LexicalRelation.Unrelated;
        if (Intersects(Lemmas, other.Lemmas)) return LexicalRelation.Same;
        if (Intersects(Antonyms, other.Lemmas) || Intersects(other.Antonyms, Lemmas)) return LexicalRelation.Contrast;
        if (Intersects(Own, other.Own)) return LexicalRelation.Synonym;
        if (Intersects(Roots, other.Roots)) return LexicalRelation.Derived;
        // A kind of the other, or of what the other derives from ("summit" is a kind of the meeting "meet" names).
        if (Intersects(Own, other.Ancestors) || Intersects(other.Own, Ancestors) || Intersects(Roots, other.Ancestors) || Intersects(other.Roots, Ancestors))
            return LexicalRelation.Kind;
        return Intersects(Parents, other.Parents) ? LexicalRelation.Contrast : LexicalRelation.Unrelated;
    }

    public static bool Intersects(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++; else j++;
        }
        return false;
    }
}
