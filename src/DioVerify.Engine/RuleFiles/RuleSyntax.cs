namespace DioVerify.Engine.RuleFiles;

/// <summary>An expression of the rule language, with the position where it starts (for messages).</summary>
public abstract record RuleExpr(Position At);

/// <summary>An integer literal (a leading minus folded in, so <c>-5</c> is the constant -5).</summary>
public sealed record NumberExpr(Position At, long Value) : RuleExpr(At);

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoolLiteralExpr(Position At, bool Value) : RuleExpr(At);

/// <summary>A built-in name (<c>off</c>, <c>P</c>, <c>anyFailed</c>, …) or a <c>let</c>.</summary>
public sealed record NameExpr(Position At, string Name) : RuleExpr(At);

/// <summary>The completing BIO's <c>start</c>, <c>end</c> or <c>ok</c>, inside a fold's update.</summary>
public sealed record BioExpr(Position At, string Field) : RuleExpr(At);

/// <summary><c>min</c>, <c>max</c>, <c>roundUp</c>, <c>roundDown</c> applied to arguments.</summary>
public sealed record CallExpr(Position At, string Function, IReadOnlyList<RuleExpr> Arguments) : RuleExpr(At);

/// <summary><c>-x</c> or <c>!b</c>.</summary>
public sealed record UnaryExpr(Position At, string Operator, RuleExpr Operand) : RuleExpr(At);

/// <summary>An arithmetic, comparison or boolean operator between two operands.</summary>
public sealed record BinaryExpr(Position At, string Operator, RuleExpr Left, RuleExpr Right) : RuleExpr(At);

/// <summary><c>if c then x else y</c>.</summary>
public sealed record IfExpr(Position At, RuleExpr Condition, RuleExpr Then, RuleExpr Else) : RuleExpr(At);
