using DioVerify.Engine.Model;
using DioVerify.Engine.Schedules;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>Reads a satisfying model of a case back as the schedule it describes, from the variables <see cref="SymbolicWrite"/> declares.</summary>
public static class CounterexampleDecoder
{
    /// <summary>
    /// The request of geometry <paramref name="g"/>, the free space, the first <paramref name="bios"/> outcomes
    /// and the arrival order the network's swaps route (file order when null), with no provenance set.
    /// </summary>
    public static Schedule Decode(SatModel model, Context context, DeviceGeometry g, int bios, ArrivalNetwork? arrival, ArrivalNetwork? alternate)
    {
        long Value(string name) => model.Int(context.MkIntConst(name));
        var request = new WriteRequest(Value("offset"), Value("length"), Value("fileSize"), g.BlockSize,
            g.SectorSizes is null ? g.SectorSize : Value("sectorSize"), g.AnyBioSize ? Value("maxBioBytes") : g.MaxBioBytes);
        var outcomes = Enumerable.Range(0, bios)
            .Select(k => model.Bool(context.MkBoolConst($"failed_{k}")) ? BioStatus.Eio : BioStatus.Ok);
        int[] Order(ArrivalNetwork? network) => network is null
            ? [.. Enumerable.Range(0, bios)]
            : [.. network.Indices(new Z3Algebra(context)).Select(i => (int)model.Int(i))];
        return new Schedule(request, Value("freeBlocks"), [.. outcomes], [.. Order(arrival)])
        {
            AlternateArrival = alternate is null ? null : [.. Order(alternate)],
        };
    }
}
