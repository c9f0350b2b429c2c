using System.Collections.Concurrent;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;

namespace DioVerify.Engine.RuleFiles;

/// <summary>
/// A policy defined by a rule file, interpreted through whichever algebra the caller gives: the same code path for the
/// reference engine, exploration, FsCheck and the prover.
/// </summary>
public sealed class RulePolicy : IPolicy
{
    private readonly ConcurrentDictionary<Type, object> _compiled = new();
    private volatile object? _latest;

    public RulePolicy(RuleDefinition rule, SourceLocation? source = null)
    {
        Definition = rule;
        Source = source ?? new SourceLocation(rule.File, rule.ReturnAt.Line);
        Expected = rule.Violations.Count == 0
            ? ExpectedVerdicts.AllHold
            : ExpectedVerdicts.Violates([.. rule.Violations.Select(v => (v.Property, v.Why))]);
    }

    /// <summary>Parses and checks a rule file's text; a malformed one throws <see cref="Input.BadInputException"/>.</summary>
    public static RulePolicy Parse(string file, string text, SourceLocation? source = null) => new(RuleParser.Parse(file, text), source);

    public string Name => Definition.Name;

    public string Rule => Definition.Description;

    public ExpectedVerdicts Expected { get; }

    /// <summary>The parsed rule.</summary>
    public RuleDefinition Definition { get; }

    /// <summary>The rule's text: what it means, so caches of verdicts key on it rather than on the name.</summary>
    public string Text => Definition.Text;

    /// <summary>Where the rule's decision is written, for code-scanning reports.</summary>
    public SourceLocation Source { get; }

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s) =>
        Compiled<TBool, TInt>().Finish(a, g, s);

    /// <summary>The rule's folds compiled for this algebra; null when it declares none, so the engine carries nothing extra.</summary>
    public IUserFoldProgram<TBool, TInt>? UserFolds<TBool, TInt>() => HasUserFolds ? Compiled<TBool, TInt>() : null;

    public bool HasUserFolds => Definition.Folds.Count > 0;

    /// <summary>
    /// The rule compiled once per algebra. The last one used is kept in a field: exploration asks for it once or twice a
    /// run, and a type test is cheaper than the dictionary's lookup.
    /// </summary>
    private CompiledRule<TBool, TInt> Compiled<TBool, TInt>()
    {
        if (_latest is CompiledRule<TBool, TInt> latest) return latest;
        var compiled = (CompiledRule<TBool, TInt>)_compiled.GetOrAdd(typeof(CompiledRule<TBool, TInt>), _ => new CompiledRule<TBool, TInt>(Definition));
        _latest = compiled;
        return compiled;
    }

    public override string ToString() => Name;
}
