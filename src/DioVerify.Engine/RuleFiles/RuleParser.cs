using DioVerify.Engine.Input;
using DioVerify.Engine.Properties;

namespace DioVerify.Engine.RuleFiles;

/// <summary>
/// Recursive descent over the tokens of one rule file, type-checking as it goes: every error is a
/// <see cref="BadInputException"/> at the exact line and column of the token or expression at fault.
/// </summary>
/// <remarks>
/// Statements start with a keyword and an expression ends where the next token cannot continue it, so a rule needs
/// no separators and may break a long expression over lines anywhere. Precedence, loosest first: <c>if then else</c>,
/// <c>||</c>, <c>&amp;&amp;</c>, one comparison (they do not chain), <c>+ -</c>, <c>* / %</c>, unary <c>- !</c>.
/// </remarks>
public sealed class RuleParser
{
    private readonly string _file;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly Dictionary<string, RuleType> _lets = [];
    private readonly Dictionary<string, RuleType> _folds = [];

    /// <summary>
    /// Inside a fold's initial value (<c>Update</c> false) or update (true): what names mean there; null in the
    /// <c>let</c>s and the decision.
    /// </summary>
    private (string Fold, bool Update)? _inFold;
    private readonly Dictionary<RuleExpr, RuleType> _types = new(ReferenceEqualityComparer.Instance);
    private int _next;

    private RuleParser(string file, IReadOnlyList<Token> tokens)
    {
        _file = file;
        _tokens = tokens;
    }

    /// <summary>Parses and checks <paramref name="text"/>, read from <paramref name="file"/> (the name messages use).</summary>
    public static RuleDefinition Parse(string file, string text) => new RuleParser(file, RuleLexer.Tokenize(file, text)).File(text);

    private Token Peek => _tokens[_next];

    private Token Take() => _tokens[_next++];

    private BadInputException Error(Position at, string reason) => RuleLexer.Error(_file, at, reason);

    private RuleDefinition File(string text)
    {
        (string Name, Position At)? name = null;
        string? description = null;
        RuleExpr? returned = null, size = null, keep = null, written = null;
        var returnAt = default(Position);
        var violations = new List<RuleViolation>();
        var lets = new List<RuleLet>();
        var folds = new List<RuleFold>();
        while (Peek.Kind != TokenKind.End)
        {
            var keyword = Take();
            if (keyword.Kind != TokenKind.Identifier)
            {
                throw Error(keyword.At, $"expected a statement (rule, description, violates, let, fold, return, size, keep, written), found {keyword.Describe()}");
            }

            void Once(bool seen)
            {
                if (seen) throw Error(keyword.At, $"a second '{keyword.Text}': a rule file has one");
            }

            switch (keyword.Text)
            {
                case "rule":
                    Once(name is not null);
                    name = (KebabName(), keyword.At);
                    break;
                case "description":
                    Once(description is not null);
                    description = String("description");
                    break;
                case "violates":
                    violations.Add(Violation(violations));
                    break;
                case "let":
                    lets.Add(Let());
                    break;
                case "fold":
                    folds.Add(Fold(null));
                    break;
                case "commutative":
                    var fold = Take();
                    if (!fold.Is("fold")) throw Error(fold.At, $"expected 'fold' after 'commutative' (commutative fold NAME = ...), found {fold.Describe()}");
                    folds.Add(Fold(keyword.At));
                    break;
                case "return":
                    Once(returned is not null);
                    returnAt = keyword.At;
                    returned = Typed(RuleType.Integer, "the return value");
                    break;
                case "size":
                    Once(size is not null);
                    size = Typed(RuleType.Integer, "the new size");
                    break;
                case "keep":
                    Once(keep is not null);
                    keep = Typed(RuleType.Integer, "the kept-blocks bound");
                    break;
                case "written":
                    Once(written is not null);
                    written = Typed(RuleType.Integer, "the written count");
                    break;
                default:
                    throw Error(keyword.At, $"unknown statement '{keyword.Text}' (expected rule, description, violates, let, fold, return, size, keep or written)");
            }

            if (written is not null && size is not null && keep is not null)
            {
                throw Error(written.At, "'written' sizes the default cleanup, but 'size' and 'keep' both replace it: drop one");
            }
        }

        var end = Peek.At;
        if (name is null) throw Error(new Position(1, 1), "missing 'rule NAME' (the policy's kebab-case name)");
        if (description is null) throw Error(name.Value.At, "missing 'description \"...\"' (the one-line rule shown by 'policies')");
        if (returned is null) throw Error(end, "missing 'return EXPRESSION' (the value the write returns)");
        return new RuleDefinition(_file, text, name.Value.Name, name.Value.At, description, violations, lets, returned, returnAt, size, keep, written, _types) { Folds = folds };
    }

    /// <summary>A kebab-case name written as adjacent words, numbers and hyphens (<c>sum-completed</c>, <c>rule-2</c>).</summary>
    private string KebabName()
    {
        var first = Peek;
        if (first.Kind != TokenKind.Identifier || RuleBuiltins.Keywords.Contains(first.Text) && first.Text != "rule")
        {
            throw Error(first.At, $"expected the rule's name after 'rule', found {first.Describe()}");
        }

        var text = Take().Text;
        var endOffset = first.Offset + first.Length;
        while (Peek.Is("-") && Peek.Offset == endOffset && _tokens[_next + 1] is { Kind: TokenKind.Identifier or TokenKind.Number } part && part.Offset == endOffset + 1)
        {
            Take();
            Take();
            text += "-" + part.Text;
            endOffset = part.Offset + part.Length;
        }

        if (!IsKebab(text)) throw Error(first.At, $"the rule's name \"{text}\" is not kebab-case (lower-case letters and digits, words joined by '-')");
        return text;
    }

    private static bool IsKebab(string name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.Split('-').All(w => w.Length > 0 && w.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));

    private string String(string what)
    {
        var token = Take();
        if (token.Kind != TokenKind.String) throw Error(token.At, $"expected a quoted string after '{what}', found {token.Describe()}");
        if (string.IsNullOrWhiteSpace(token.Text)) throw Error(token.At, $"the {what} is empty");
        return token.Text;
    }

    private RuleViolation Violation(List<RuleViolation> earlier)
    {
        var token = Take();
        var property = token.Kind == TokenKind.Identifier ? PropertyCatalog.Parse(token.Text) : null;
        if (property is null) throw Error(token.At, $"expected a property P1..P7 after 'violates', found {token.Describe()}");
        if (earlier.Any(v => v.Property == property)) throw Error(token.At, $"{property} is already declared violated");
        return new RuleViolation(property.Value, String("violates " + property), token.At);
    }

    private RuleLet Let()
    {
        var token = Take();
        if (token.Kind != TokenKind.Identifier) throw Error(token.At, $"expected a name after 'let', found {token.Describe()}");
        DefinableName(token);
        Expect("=", "after the name of a 'let'");
        var value = Expression();
        var type = _types[value];
        _lets[token.Text] = type;
        return new RuleLet(token.Text, value, type, token.At);
    }

    /// <summary>
    /// <c>fold NAME = INITIAL on complete = UPDATE</c> (after <c>fold</c>; <paramref name="commutativeAt"/> where a
    /// leading <c>commutative</c> claims it commutes). The initial value reads only the request; the update reads the
    /// completing BIO (<c>start</c>, <c>end</c>, <c>ok</c>), the fold's own value and the request, and has the
    /// initial value's type.
    /// </summary>
    private RuleFold Fold(Position? commutativeAt)
    {
        var token = Take();
        if (token.Kind != TokenKind.Identifier) throw Error(token.At, $"expected a name after 'fold', found {token.Describe()}");
        DefinableName(token);
        if (RuleBuiltins.Bio.ContainsKey(token.Text)) throw Error(token.At, $"'{token.Text}' names the completing BIO in a fold's update and cannot name a fold");
        Expect("=", "after the name of a 'fold'");
        _inFold = (token.Text, false);
        var initial = Expression();
        var type = _types[initial];
        var on = Take();
        if (!on.Is("on")) throw Error(on.At, $"expected 'on complete = UPDATE' after the initial value of fold '{token.Text}', found {on.Describe()}");
        Expect("complete", "after 'on' (a fold is updated 'on complete')");
        Expect("=", "after 'on complete'");
        _inFold = (token.Text, true);
        _folds[token.Text] = type;
        var update = Expression();
        _inFold = null;
        if (_types[update] != type)
        {
            throw Error(update.At, $"the update of fold '{token.Text}' must be {Article(type)}, like its initial value, but this is {Article(_types[update])}");
        }

        return new RuleFold(token.Text, type, initial, update, token.At, commutativeAt);
    }

    /// <summary>A name a <c>let</c> or <c>fold</c> may take: no keyword, built-in or earlier definition.</summary>
    private void DefinableName(Token token)
    {
        if (RuleBuiltins.Keywords.Contains(token.Text)) throw Error(token.At, $"'{token.Text}' is a keyword and cannot be defined");
        if (RuleBuiltins.IsBuiltin(token.Text)) throw Error(token.At, $"'{token.Text}' is a built-in name and cannot be redefined");
        if (_lets.ContainsKey(token.Text) || _folds.ContainsKey(token.Text)) throw Error(token.At, $"'{token.Text}' is already defined");
    }

    private void Expect(string symbol, string where)
    {
        var token = Take();
        if (!token.Is(symbol)) throw Error(token.At, $"expected '{symbol}' {where}, found {token.Describe()}");
    }

    private RuleExpr Typed(RuleType type, string what)
    {
        var e = Expression();
        Require(e, type, what);
        return e;
    }

    private void Require(RuleExpr e, RuleType type, string what)
    {
        if (_types[e] != type) throw Error(e.At, $"{what} must be {Article(type)}, but this is {Article(_types[e])}");
    }

    private static string Article(RuleType type) => type == RuleType.Integer ? "an integer" : "a boolean";

    private RuleExpr Done(RuleExpr e, RuleType type)
    {
        _types[e] = type;
        return e;
    }

    private RuleExpr Expression()
    {
        if (!Peek.Is("if")) return Or();
        var at = Take().At;
        var condition = Expression();
        Require(condition, RuleType.Boolean, "the condition of 'if'");
        Expect("then", "after the condition of 'if'");
        var then = Expression();
        Expect("else", "after the 'then' branch (every 'if' has an 'else')");
        var otherwise = Expression();
        if (_types[then] != _types[otherwise])
        {
            throw Error(otherwise.At, $"the branches of 'if' differ in type: 'then' is {Article(_types[then])}, 'else' {Article(_types[otherwise])}");
        }

        return Done(new IfExpr(at, condition, then, otherwise), _types[then]);
    }

    private RuleExpr Or() => Logical("||", And);

    private RuleExpr And() => Logical("&&", Comparison);

    private RuleExpr Logical(string op, Func<RuleExpr> operand)
    {
        var left = operand();
        while (Peek.Is(op))
        {
            Take();
            var right = operand();
            Require(left, RuleType.Boolean, $"an operand of '{op}'");
            Require(right, RuleType.Boolean, $"an operand of '{op}'");
            left = Done(new BinaryExpr(left.At, op, left, right), RuleType.Boolean);
        }

        return left;
    }

    private static readonly string[] Comparisons = ["==", "!=", "<", "<=", ">", ">="];

    private RuleExpr Comparison()
    {
        var left = Additive();
        if (!Comparisons.Any(Peek.Is)) return left;
        var op = Take();
        var right = Additive();
        if (Comparisons.Any(Peek.Is)) throw Error(Peek.At, "comparisons do not chain: write 'a < b && b < c'");
        if (op.Text is "==" or "!=")
        {
            if (_types[left] != _types[right]) throw Error(right.At, $"'{op.Text}' compares {Article(_types[left])} with {Article(_types[right])}");
        }
        else
        {
            Require(left, RuleType.Integer, $"an operand of '{op.Text}'");
            Require(right, RuleType.Integer, $"an operand of '{op.Text}'");
        }

        return Done(new BinaryExpr(left.At, op.Text, left, right), RuleType.Boolean);
    }

    private RuleExpr Additive() => Arithmetic(["+", "-"], Multiplicative);

    private RuleExpr Multiplicative() => Arithmetic(["*", "/", "%"], Unary);

    private RuleExpr Arithmetic(string[] ops, Func<RuleExpr> operand)
    {
        var left = operand();
        while (ops.Any(Peek.Is))
        {
            var op = Take().Text;
            var right = operand();
            Require(left, RuleType.Integer, $"an operand of '{op}'");
            Require(right, RuleType.Integer, $"an operand of '{op}'");
            left = Done(new BinaryExpr(left.At, op, left, right), RuleType.Integer);
        }

        return left;
    }

    private RuleExpr Unary()
    {
        if (Peek.Is("-"))
        {
            var at = Take().At;
            if (Peek.Kind == TokenKind.Number)
            {
                // A negative literal is one constant, as the C# definitions wrote a.Int(-5): the same term for the solver.
                return Done(new NumberExpr(at, -Take().Value), RuleType.Integer);
            }

            var operand = Unary();
            Require(operand, RuleType.Integer, "the operand of '-'");
            return Done(new UnaryExpr(at, "-", operand), RuleType.Integer);
        }

        if (Peek.Is("!"))
        {
            var at = Take().At;
            var operand = Unary();
            Require(operand, RuleType.Boolean, "the operand of '!'");
            return Done(new UnaryExpr(at, "!", operand), RuleType.Boolean);
        }

        return Primary();
    }

    private RuleExpr Primary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return Done(new NumberExpr(token.At, token.Value), RuleType.Integer);
            case TokenKind.Symbol when token.Text == "(":
                var inner = Expression();
                Expect(")", "to close '('");
                return inner;
            case TokenKind.Identifier:
                return Name(token);
            default:
                throw Error(token.At, $"expected an expression, found {token.Describe()}");
        }
    }

    private RuleExpr Name(Token token)
    {
        var name = token.Text;
        if (name is "true" or "false") return Done(new BoolLiteralExpr(token.At, name == "true"), RuleType.Boolean);
        if (RuleBuiltins.Functions.ContainsKey(name))
        {
            Expect("(", $"after '{name}' (it is a function: {RuleBuiltins.Functions[name]})");
            var arguments = new List<RuleExpr> { Expression() };
            while (Peek.Is(","))
            {
                Take();
                arguments.Add(Expression());
            }

            Expect(")", $"to close the arguments of '{name}'");
            if (arguments.Count != 2) throw Error(token.At, $"'{name}' takes 2 integers, given {arguments.Count}");
            foreach (var argument in arguments) Require(argument, RuleType.Integer, $"an argument of '{name}'");
            return Done(new CallExpr(token.At, name, arguments), RuleType.Integer);
        }

        if (RuleBuiltins.Keywords.Contains(name)) throw Error(token.At, $"expected an expression, found the keyword '{name}'");
        if (Peek.Is("(")) throw Error(token.At, $"unknown function '{name}' (functions: {string.Join(", ", RuleBuiltins.Functions.Keys)})");
        if (_inFold is { } fold) return FoldName(token, fold.Fold, fold.Update);
        var type = RuleBuiltins.Integers.ContainsKey(name) ? RuleType.Integer
            : RuleBuiltins.Booleans.ContainsKey(name) ? RuleType.Boolean
            : _lets.TryGetValue(name, out var defined) ? defined
            : _folds.TryGetValue(name, out var folded) ? folded
            : throw Error(token.At, $"unknown name '{name}' (built-ins: {string.Join(", ", RuleBuiltins.Integers.Keys.Concat(RuleBuiltins.Booleans.Keys))}; or a 'let' or 'fold' above)");
        return Done(new NameExpr(token.At, name), type);
    }

    /// <summary>
    /// A name inside fold <paramref name="fold"/>: its initial value is computed at submit, when only the request is
    /// known; its update, per completion, reads the BIO, the fold's own previous value and the request. Nothing else:
    /// a fold that read the engine's folds, a <c>let</c> or another fold would make its commutation depend on theirs.
    /// </summary>
    private RuleExpr FoldName(Token token, string fold, bool update)
    {
        var name = token.Text;
        var request = string.Join(", ", RuleBuiltins.Request.Where(n => !update || n != "end"));
        if (update && RuleBuiltins.Bio.TryGetValue(name, out var field)) return Done(new BioExpr(token.At, name), field);
        if (update && name == fold) return Done(new NameExpr(token.At, name), _folds[name]);
        if (RuleBuiltins.Request.Contains(name)) return Done(new NameExpr(token.At, name), RuleBuiltins.Booleans.ContainsKey(name) ? RuleType.Boolean : RuleType.Integer);
        if (!update)
        {
            throw Error(token.At, name == fold
                ? $"fold '{fold}' cannot read itself in its initial value"
                : $"a fold's initial value is computed at submit and reads only the request ({request}); '{name}' is not one of them");
        }

        throw Error(token.At, $"the update of fold '{fold}' reads only the completing BIO (start, end, ok), '{fold}' itself and the request ({request}); '{name}' is not one of them");
    }
}
