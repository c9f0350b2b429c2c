using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;

namespace DioVerify.Verdicts.Check;

/// <summary>One policy's row of the exploration table, and the time its exploration took (one run judges all seven properties).</summary>
public sealed record CheckRow(IPolicy Policy, IReadOnlyDictionary<PropertyId, CheckCell> Cells, TimeSpan Elapsed)
{
    public bool AsExpected => Cells.Values.All(c => c.Judgement == Judgement.AsExpected);
}
