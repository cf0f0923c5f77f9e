using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reader.Theming;

/// <summary>
/// Scriban's own <c>include</c>, whose result is marked as <see cref="RenderedHtml"/>: Scriban hands an
/// include's output back as a string, which <see cref="HtmlTemplateContext"/> would otherwise escape a
/// second time. The partial's own values were escaped as it rendered.
/// </summary>
public sealed class PartialInclude : IScriptCustomFunction
{
    private readonly IncludeFunction include = new();

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        include.Invoke(context, callerContext, arguments, blockStatement) is string html ? new RenderedHtml(html) : null;

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        await include.InvokeAsync(context, callerContext, arguments, blockStatement) is string html ? new RenderedHtml(html) : null;

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RenderedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
