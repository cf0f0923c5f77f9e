using Scriban.Syntax;

namespace Reader.Theming;

/// <summary>
/// Finds the block a missing <c>end</c> belongs to. Scriban reports a missing <c>end</c> where the file
/// ends; the line an author needs is the one that opened the block. Scriban's partial tree of a template
/// that failed to parse still holds that block: the first one in the file that owns no <c>end</c>.
/// </summary>
public static class UnclosedBlock
{
    public static ScriptNode? In(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (OpensBlock(node) && !OwnsEnd(node)) return node;
            foreach (var child in node.Children.Where(c => c is not null).Reverse()) pending.Push(child);
        }
        return null;
    }

    /// <summary>A statement with a body of its own: if, for, while, with, capture, case, func, wrap …</summary>
    private static bool OpensBlock(ScriptNode node) =>
        node is not ScriptPage and not ScriptBlockStatement && !ContinuesBlock(node)
        && node.Children.Any(c => c is ScriptBlockStatement);

    /// <summary>else, else if and when carry on their opener's block, whose <c>end</c> closes them too.</summary>
    private static bool ContinuesBlock(ScriptNode node) =>
        node is ScriptElseStatement or ScriptWhenStatement || (node is ScriptIfStatement && node.Parent is ScriptIfStatement or ScriptElseStatement);

    private static bool OwnsEnd(ScriptNode opener)
    {
        var pending = new Stack<ScriptNode>(opener.Children.Where(c => c is not null));
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is ScriptEndStatement) return true;
            if (OpensBlock(node)) continue;
            foreach (var child in node.Children.Where(c => c is not null)) pending.Push(child);
        }
        return false;
    }
}
