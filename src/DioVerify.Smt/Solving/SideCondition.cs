using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>One operation's condition for being defined in the concrete interpretation, and where it was evaluated.</summary>
/// <param name="Holds">True exactly when the operation's result is a <c>long</c> (and its divisor is not 0).</param>
/// <param name="Phase">The engine step that evaluated it.</param>
/// <param name="Operation">The algebra operation, e.g. <c>Add</c>.</param>
/// <param name="Violation">What goes wrong when <paramref name="Holds"/> is false.</param>
public sealed record SideCondition(BoolExpr Holds, string Phase, string Operation, IntExpr Left, IntExpr Right, string Violation);
