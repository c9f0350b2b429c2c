using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Properties;

/// <summary>A property judged on a single run (P1–P5, P7), written once over the algebra.</summary>
public interface IRunProperty
{
    PropertyId Id { get; }

    /// <summary>The kebab-case name from SPEC (e.g. <c>prefix-safety</c>).</summary>
    string Name { get; }

    /// <summary>SPEC's formal statement, as text.</summary>
    string Formal { get; }

    TBool Holds<TBool, TInt>(IAlgebra<TBool, TInt> a, in RunFacts<TBool, TInt> f);
}
