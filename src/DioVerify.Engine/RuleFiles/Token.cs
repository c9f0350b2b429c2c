namespace DioVerify.Engine.RuleFiles;

/// <summary>One token: its kind, its text (a string's contents without quotes), where it starts and how many characters it spans.</summary>
public sealed record Token(TokenKind Kind, string Text, Position At, int Offset, int Length, long Value = 0)
{
    public bool Is(string symbolOrWord) => Kind is TokenKind.Symbol or TokenKind.Identifier && Text == symbolOrWord;

    /// <summary>How a message names the token.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the file",
        TokenKind.String => "a string",
        _ => $"'{Text}'",
    };
}
