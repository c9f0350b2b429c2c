using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;

namespace DioVerify.Engine.RuleFiles;

/// <summary>
/// A rule compiled once per algebra into closures over a frame, so exploration (tens of millions of finishes a
/// second) pays no tree walk or name lookup. Every node issues exactly the algebra operation the C# definitions
/// did (<c>x &gt; y</c> is <c>Lt(y, x)</c>, <c>max</c> is <see cref="AlgebraExtensions.Max{TBool, TInt}"/>), so the
/// solver sees the same terms and the exported obligations do not change. Its user folds compile the same way, into
/// the <see cref="IUserFoldProgram{TBool, TInt}"/> the engine runs at submit and at each completion.
/// </summary>
internal sealed class CompiledRule<TBool, TInt> : IUserFoldProgram<TBool, TInt>
{
    private class Frame(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s, int ints, int bools)
    {
        public readonly IAlgebra<TBool, TInt> A = a;
        public readonly Geometry<TBool, TInt> G = g;
        public readonly CompletionState<TBool, TInt> S = s;
        public readonly TInt[] Ints = ints == 0 ? [] : new TInt[ints];
        public readonly TBool[] Bools = bools == 0 ? [] : new TBool[bools];
    }

    /// <summary>
    /// A fold's update: the folds before this completion, and the completing BIO. A frame of its own, so the decision's
    /// frame — allocated at every finish of exploration — stays as small as it was.
    /// </summary>
    private sealed class UpdateFrame(IAlgebra<TBool, TInt> a, UserFolds<TBool, TInt> previous, TInt start, TInt end, TBool ok)
        : Frame(a, previous.Geometry, default, 0, 0)
    {
        public readonly UserFolds<TBool, TInt> Previous = previous;
        public readonly TInt Start = start;
        public readonly TInt End = end;
        public readonly TBool Ok = ok;
    }

    private readonly Dictionary<string, (RuleType Type, int Slot)> _slots = [];
    private readonly Dictionary<string, (RuleType Type, int Slot)> _foldSlots = [];
    private readonly List<UserFoldDeclaration> _declared = [];
    private readonly List<(int Slot, Func<Frame, TInt> Initial, Func<Frame, TInt> Update)> _intFolds = [];
    private readonly List<(int Slot, Func<Frame, TBool> Initial, Func<Frame, TBool> Update)> _boolFolds = [];
    private readonly IReadOnlyDictionary<RuleExpr, RuleType> _types;
    private readonly List<Action<Frame>> _lets = [];
    private readonly Func<Frame, TInt> _returned;
    private readonly Func<Frame, TInt>? _size;
    private readonly Func<Frame, TInt>? _keep;
    private readonly Func<Frame, TInt>? _written;
    private int _ints;
    private int _bools;

    public CompiledRule(RuleDefinition rule)
    {
        _types = rule.Types;
        foreach (var fold in rule.Folds)
        {
            var integer = fold.Type == RuleType.Integer;
            var slot = integer ? _intFolds.Count : _boolFolds.Count;
            _foldSlots[fold.Name] = (fold.Type, slot);
            _declared.Add(new UserFoldDeclaration(fold.Name, !integer, slot, fold.CommutativeAt is not null));
            if (integer)
            {
                var initial = Int(fold.Initial);
                _intFolds.Add((slot, initial, Int(fold.Update)));
            }
            else
            {
                var initial = Bool(fold.Initial);
                _boolFolds.Add((slot, initial, Bool(fold.Update)));
            }
        }

        foreach (var let in rule.Lets)
        {
            if (let.Type == RuleType.Integer)
            {
                var slot = _ints++;
                var value = Int(let.Value);
                _lets.Add(f => f.Ints[slot] = value(f));
                _slots[let.Name] = (RuleType.Integer, slot);
            }
            else
            {
                var slot = _bools++;
                var value = Bool(let.Value);
                _lets.Add(f => f.Bools[slot] = value(f));
                _slots[let.Name] = (RuleType.Boolean, slot);
            }
        }

        _returned = Int(rule.Returned);
        _size = rule.Size is null ? null : Int(rule.Size);
        _keep = rule.Keep is null ? null : Int(rule.Keep);
        _written = rule.Written is null ? null : Int(rule.Written);
    }

    /// <summary>
    /// The lets in order (each evaluated once, as a C# local), the return value, then the cleanup: given
    /// <c>size</c> and <c>keep</c> replace the default cleanup (<see cref="Rules.Cleanup"/> by <c>written</c>, else
    /// by the return value), which is not computed at all when both are given.
    /// </summary>
    public Decision<TInt> Finish(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var f = new Frame(a, g, s, _ints, _bools);
        foreach (var let in _lets) let(f);
        var returned = _returned(f);
        if (_size is not null && _keep is not null) return new Decision<TInt>(returned, _size(f), _keep(f));
        var decision = Rules.Cleanup(a, g, returned, _written is null ? returned : _written(f));
        if (_size is not null) decision = decision with { NewSize = _size(f) };
        if (_keep is not null) decision = decision with { KeepBelow = _keep(f) };
        return decision;
    }

    public IReadOnlyList<UserFoldDeclaration> Declared => _declared;

    /// <summary>Each fold's initial value, over the request alone.</summary>
    public UserFolds<TBool, TInt> Submit(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g)
    {
        var f = new Frame(a, g, default, 0, 0);
        var ints = new TInt[_intFolds.Count];
        var bools = new TBool[_boolFolds.Count];
        foreach (var (slot, initial, _) in _intFolds) ints[slot] = initial(f);
        foreach (var (slot, initial, _) in _boolFolds) bools[slot] = initial(f);
        return new UserFolds<TBool, TInt>(this, g, ints, bools);
    }

    /// <summary>Every fold's update, all from the values before this completion.</summary>
    public UserFolds<TBool, TInt> Complete(IAlgebra<TBool, TInt> a, UserFolds<TBool, TInt> previous, TInt start, TInt end, TBool failed)
    {
        var f = new UpdateFrame(a, previous, start, end, a.Not(failed));
        var ints = new TInt[_intFolds.Count];
        var bools = new TBool[_boolFolds.Count];
        foreach (var (slot, _, update) in _intFolds) ints[slot] = update(f);
        foreach (var (slot, _, update) in _boolFolds) bools[slot] = update(f);
        return previous.With(ints, bools);
    }

    /// <summary>A fold's value: the one before this completion inside an update, the final one in the decision.</summary>
    private static UserFolds<TBool, TInt> FoldsOf(Frame f) =>
        (f as UpdateFrame)?.Previous ?? f.S.User ?? throw new InvalidOperationException("the engine state carries no user folds: it was not submitted with this rule");

    private Func<Frame, TInt> Int(RuleExpr e)
    {
        switch (e)
        {
            case NumberExpr n:
                var value = n.Value;
                return f => f.A.Int(value);
            case NameExpr { Name: var name } when _slots.TryGetValue(name, out var slot):
                var index = slot.Slot;
                return f => f.Ints[index];
            case NameExpr { Name: var name } when _foldSlots.TryGetValue(name, out var fold):
                var foldIndex = fold.Slot;
                return f => FoldsOf(f).Ints[foldIndex];
            case BioExpr { Field: "start" }:
                return f => ((UpdateFrame)f).Start;
            case BioExpr { Field: "end" }:
                return f => ((UpdateFrame)f).End;
            case NameExpr { Name: var name }:
                return IntegerBuiltin(name);
            case UnaryExpr { Operator: "-" } u:
                var operand = Int(u.Operand);
                return f => f.A.Sub(f.A.Int(0), operand(f));
            case CallExpr c:
                var x = Int(c.Arguments[0]);
                var y = Int(c.Arguments[1]);
                return c.Function switch
                {
                    "min" => f => f.A.Min(x(f), y(f)),
                    "max" => f => f.A.Max(x(f), y(f)),
                    "roundUp" => f => f.A.RoundUp(x(f), y(f)),
                    "roundDown" => f => f.A.RoundDown(x(f), y(f)),
                    _ => throw new InvalidOperationException($"unknown function {c.Function}"),
                };
            case BinaryExpr b:
                var l = Int(b.Left);
                var r = Int(b.Right);
                return b.Operator switch
                {
                    "+" => f => f.A.Add(l(f), r(f)),
                    "-" => f => f.A.Sub(l(f), r(f)),
                    "*" => f => f.A.Mul(l(f), r(f)),
                    "/" => f => f.A.Div(l(f), r(f)),
                    "%" => f => f.A.Mod(l(f), r(f)),
                    _ => throw new InvalidOperationException($"{b.Operator} is not an integer operator"),
                };
            case IfExpr i:
                var condition = Bool(i.Condition);
                var then = Int(i.Then);
                var otherwise = Int(i.Else);
                return f => f.A.Ite(condition(f), then(f), otherwise(f));
            default:
                throw new InvalidOperationException($"{e} is not an integer expression");
        }
    }

    private Func<Frame, TBool> Bool(RuleExpr e)
    {
        switch (e)
        {
            case BoolLiteralExpr literal:
                var value = literal.Value;
                return f => f.A.Bool(value);
            case NameExpr { Name: var name } when _slots.TryGetValue(name, out var slot):
                var index = slot.Slot;
                return f => f.Bools[index];
            case NameExpr { Name: var name } when _foldSlots.TryGetValue(name, out var fold):
                var foldIndex = fold.Slot;
                return f => FoldsOf(f).Bools[foldIndex];
            case BioExpr { Field: "ok" }:
                return f => ((UpdateFrame)f).Ok;
            case NameExpr { Name: "isCut" }:
                return f => f.G.IsCut;
            case NameExpr { Name: "anyFailed" }:
                return f => f.S.AnyFailed;
            case NameExpr { Name: "failureArrived" }:
                return f => f.S.FailureArrived;
            case UnaryExpr { Operator: "!" } u:
                var operand = Bool(u.Operand);
                return f => f.A.Not(operand(f));
            case BinaryExpr { Operator: "&&" or "||" } b:
                var p = Bool(b.Left);
                var q = Bool(b.Right);
                return b.Operator == "&&" ? f => f.A.And(p(f), q(f)) : f => f.A.Or(p(f), q(f));
            case BinaryExpr { Operator: "==" or "!=" } b when _types[b.Left] == RuleType.Boolean:
                var bl = Bool(b.Left);
                var br = Bool(b.Right);
                return b.Operator == "==" ? f => f.A.Iff(bl(f), br(f)) : f => f.A.Not(f.A.Iff(bl(f), br(f)));
            case BinaryExpr b:
                var l = Int(b.Left);
                var r = Int(b.Right);
                return b.Operator switch
                {
                    "==" => f => f.A.Eq(l(f), r(f)),
                    "!=" => f => f.A.Not(f.A.Eq(l(f), r(f))),
                    "<" => f => f.A.Lt(l(f), r(f)),
                    "<=" => f => f.A.Le(l(f), r(f)),
                    ">" => f => Swapped(f, l, r, f.A.Lt),
                    ">=" => f => Swapped(f, l, r, f.A.Le),
                    _ => throw new InvalidOperationException($"{b.Operator} is not a comparison"),
                };
            case IfExpr i:
                var condition = Bool(i.Condition);
                var then = Bool(i.Then);
                var otherwise = Bool(i.Else);
                return f => f.A.IteBool(condition(f), then(f), otherwise(f));
            default:
                throw new InvalidOperationException($"{e} is not a boolean expression");
        }
    }

    /// <summary><c>x &gt; y</c> as <c>y &lt; x</c> (the term the C# definitions built), evaluating <c>x</c> first as written.</summary>
    private static TBool Swapped(Frame f, Func<Frame, TInt> l, Func<Frame, TInt> r, Func<TInt, TInt, TBool> compare)
    {
        var left = l(f);
        return compare(r(f), left);
    }

    /// <summary>A built-in integer, resolved once here rather than by name at every finish.</summary>
    private static Func<Frame, TInt> IntegerBuiltin(string name) => name switch
    {
        "off" => f => f.G.Offset,
        "len" => f => f.G.Length,
        "isize" => f => f.G.FileSize,
        "end" => f => f.G.End,
        "S" => f => f.G.Request.SectorSize,
        "B" => f => f.G.BlockSize,
        "M" => f => f.G.Request.MaxBioBytes,
        "firstNewBlock" => f => f.G.FirstNewBlock,
        "allocEnd" => f => f.G.AllocEnd,
        "cut" => f => f.G.Cut,
        "lowestFailedStart" => f => f.S.LowestFailedStart,
        "okBytes" => f => f.S.OkBytes,
        "highestOkEnd" => f => f.S.HighestOkEnd,
        "okBytesBeforeFailure" => f => f.S.OkBytesBeforeFailure,
        "P" => f => Rules.TrackedPrefix(f.A, f.G, f.S),
        "EIO" => f => f.A.Int(-Errno.EIO),
        "ENOSPC" => f => f.A.Int(-Errno.ENOSPC),
        _ => throw new InvalidOperationException($"{name} is not an integer built-in"),
    };
}
