using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Reader.Theming;

/// <summary>
/// The context every page renders in. Scriban has no switch that escapes output, so this context escapes it
/// where Scriban writes the value of each <c>{{ … }}</c>: every value is text and is HTML-escaped, except a
/// <see cref="RenderedHtml"/>, which only Reader's own code makes (an article's body, a partial's output).
/// A theme therefore cannot forget to escape an article's words, and needs no <c>html.escape</c>.
/// One per render: a context is not thread-safe, and page renders run in parallel.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Iterations a page may take, summed over all its loops. The front page loops once per article and the
    /// comparison page once per cell, so the cap sits far above any edition's size; it stops a template whose
    /// loop would not end, not a large edition.
    /// </summary>
    public const int IterationLimit = 10_000_000;

    /// <summary>Nested includes and function calls; a partial including itself stops here.</summary>
    public const int NestingLimit = 32;

    public HtmlTemplateContext(ScriptObject builtins, ITemplateLoader loader) : base(builtins)
    {
        TemplateLoader = loader;
        // A name the view model lacks is an error naming file and line, whether a variable or a member.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = IterationLimit;
        RecursiveLimit = NestingLimit;
        // Scriban cuts a value or a page off at a million characters by default, silently: a large edition's
        // sources page is several times that, and an article body may be too. A page grows with the edition, so
        // there is no cap on its size (loops are capped instead), and a cut page could never be right.
        LimitToString = 0;
        OutputLimit = 0;
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Escaped(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escaped(textAsObject));

    private object? Escaped(object? value) => value switch
    {
        null => null,
        RenderedHtml html => html.Html,
        _ => HtmlText.Escape(ObjectToString(value) ?? ""),
    };
}
