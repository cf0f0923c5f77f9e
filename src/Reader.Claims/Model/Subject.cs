namespace Reader.Claims.Model;

/// <summary>
/// What a claim is about. <see cref="Label"/> is for people ("U.S. troops stationed in Spain");
/// <see cref="Head"/> is the stemmed counted noun or event ("worker", "strike"), empty when none;
/// <see cref="Terms"/> are the stemmed content words of the claim's sentence (entities, nouns, the verb
/// that says what happened), stop words removed, used to match subjects across articles.
/// </summary>
public sealed record Subject(string Label, string Head, IReadOnlyList<string> Terms);
