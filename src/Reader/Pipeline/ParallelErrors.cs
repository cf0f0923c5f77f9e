using System.Runtime.ExceptionServices;

namespace Reader.Pipeline;

/// <summary>
/// Runs a stage's parallel loop so that an error from one item comes out as itself, not wrapped in an
/// <see cref="AggregateException"/>: a template or input error must reach the build's handlers and be
/// reported with its file and line, and an unreadable file as the <see cref="IOException"/> it is.
/// </summary>
public static class ParallelErrors
{
    /// <param name="parallelLoop">E.g. <c>() => Parallel.For(…)</c>; its result is passed through.</param>
    public static T Unwrap<T>(Func<T> parallelLoop)
    {
        try
        {
            return parallelLoop();
        }
        catch (AggregateException error)
        {
            ExceptionDispatchInfo.Capture(error.Flatten().InnerExceptions[0]).Throw();
            throw; // not reached: Throw() always throws
        }
    }
}
