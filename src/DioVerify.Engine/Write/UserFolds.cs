using DioVerify.Engine.Model;

namespace DioVerify.Engine.Write;

/// <summary>
/// The values of a policy's own folds (a rule file's <c>fold</c>s) in one engine state, with the program that steps
/// them at each completion and the request geometry their updates read. Immutable: a completion makes a new one, so a
/// state can be kept (the story in reports walks every state) and a policy without folds allocates nothing.
/// </summary>
public sealed class UserFolds<TBool, TInt> : IEquatable<UserFolds<TBool, TInt>>
{
    public UserFolds(IUserFoldProgram<TBool, TInt> program, Geometry<TBool, TInt> geometry, IReadOnlyList<TInt> ints, IReadOnlyList<TBool> bools)
    {
        Program = program;
        Geometry = geometry;
        Ints = ints;
        Bools = bools;
    }

    /// <summary>How these folds start and step.</summary>
    public IUserFoldProgram<TBool, TInt> Program { get; }

    /// <summary>The request the updates read (<c>off</c>, <c>len</c>, <c>S</c>, <c>B</c>, <c>M</c>, …).</summary>
    public Geometry<TBool, TInt> Geometry { get; }

    /// <summary>The integer folds' values, by <see cref="UserFoldDeclaration.Slot"/>.</summary>
    public IReadOnlyList<TInt> Ints { get; }

    /// <summary>The boolean folds' values, by <see cref="UserFoldDeclaration.Slot"/>.</summary>
    public IReadOnlyList<TBool> Bools { get; }

    /// <summary>The values after the BIO <c>[start, end)</c> completes, failed or ok.</summary>
    public UserFolds<TBool, TInt> Complete(Algebra.IAlgebra<TBool, TInt> a, TInt start, TInt end, TBool failed) => Program.Complete(a, this, start, end, failed);

    /// <summary>These folds with other values (the prover's free states).</summary>
    public UserFolds<TBool, TInt> With(IReadOnlyList<TInt> ints, IReadOnlyList<TBool> bools) => new(Program, Geometry, ints, bools);

    /// <summary>The value of the fold declared as <paramref name="fold"/>, as text (reports).</summary>
    public string ValueText(UserFoldDeclaration fold) => (fold.IsBoolean ? Bools[fold.Slot]?.ToString() : Ints[fold.Slot]?.ToString()) ?? "";

    /// <summary>Equal values: what a state is; the program and geometry are how it got there.</summary>
    public bool Equals(UserFolds<TBool, TInt>? other) =>
        other is not null && Ints.SequenceEqual(other.Ints) && Bools.SequenceEqual(other.Bools);

    public override bool Equals(object? obj) => Equals(obj as UserFolds<TBool, TInt>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var i in Ints) hash.Add(i);
        foreach (var b in Bools) hash.Add(b);
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", Program.Declared.Select(f => $"{f.Name} = {ValueText(f)}"));
}
