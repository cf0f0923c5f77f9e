using System.Collections;

namespace Reader.Analysis;

/// <summary>
/// A list made when first read, once, safely from any thread: the comparison page's rows are made only when the
/// edition-wide part of the site is rendered, after the preview has already served the edited page.
/// </summary>
public sealed class LazyList<T>(Func<IReadOnlyList<T>> make) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> list = new(make, LazyThreadSafetyMode.ExecutionAndPublication);

    public T this[int index] => list.Value[index];

    public int Count => list.Value.Count;

    public IEnumerator<T> GetEnumerator() => list.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
