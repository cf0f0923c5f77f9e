using Reader.Input;
using Reader.Theming;

namespace Reader.Pipeline;

/// <summary>
/// The one place where the failures a build expects become diagnostics with file and line: input that cannot
/// be read as given (<see cref="InputException"/>), a theme that cannot render (<see cref="TemplateException"/>),
/// an output folder that cannot be written (<see cref="Publishing.OutputException"/>) and a file the system will not read or write (<see cref="IOException"/>, or
/// <see cref="UnauthorizedAccessException"/> for permissions). The whole pipeline runs inside it, whichever
/// way it is run, and so does each article's load and parse, so one bad file does not hide the others' errors.
/// Anything else is a bug, and is left to surface as one.
/// </summary>
public static class BuildGuard
{
    /// <summary>Runs <paramref name="step"/>; on an expected failure records it and returns null.</summary>
    /// <param name="where">The file or folder being worked on: named when the failure itself names none.</param>
    /// <param name="onTemplateError">Called after a template error is recorded (the preview recompiles its theme next time).</param>
    public static T? Run<T>(Diagnostics diagnostics, string where, Func<T> step, Action? onTemplateError = null) where T : class?
    {
        try
        {
            return step();
        }
        catch (InputException e)
        {
            diagnostics.Error(e.File, e.Line, e.Message);
        }
        catch (TemplateException e)
        {
            diagnostics.Error(e.File, e.Line, e.Message);
            onTemplateError?.Invoke();
        }
        catch (Publishing.OutputException e)
        {
            diagnostics.Error(LoadSources.DisplayPath(e.Folder), null, $"cannot write the output folder (--output): {e.Message}");
        }
        catch (IOException e)
        {
            var file = e is FileNotFoundException { FileName: { } path } ? LoadSources.DisplayPath(path) : where;
            diagnostics.Error(file, null, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Error(where, null, e.Message);
        }
        return null;
    }
}
