namespace Reader.Rendering.Views;

/// <summary>
/// A citing sentence as the sources page quotes it: whole up to <see cref="MaxLength"/> characters (every sentence
/// of real news text), else its start cut at a space with "…". The page quotes the sentence once per citation, so
/// a long sentence dense with markers would otherwise be written hundreds of times.
/// </summary>
public static class CitedSentence
{
    public const int MaxLength = 400;

    public static string Quote(string sentence)
    {
        if (sentence.Length <= MaxLength) return sentence;
        int cut = sentence.LastIndexOf(' ', MaxLength - 1);
        if (cut < MaxLength / 2) cut = MaxLength - 1;
        if (char.IsHighSurrogate(sentence[cut - 1])) cut--;
        return sentence[..cut].TrimEnd() + "…";
    }
}
