namespace DioVerify.Engine.RuleFiles;

/// <summary>The kinds of token a rule file is made of.</summary>
public enum TokenKind
{
    Identifier,
    Number,
    String,
    Symbol,
    End,
}
