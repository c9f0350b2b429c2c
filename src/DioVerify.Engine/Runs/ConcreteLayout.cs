using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Engine.Runs;

/// <summary>The BIO layout of a concrete, valid request: geometry first, then as many BIOs as it maps to.</summary>
public static class ConcreteLayout
{
    public static BioLayout<bool, long> Of(WriteRequest request, long? freeBlocks)
    {
        var a = ConcreteAlgebra.Instance;
        var g = Geometry<bool, long>.Of(a, request.ToTerms(freeBlocks));
        var count = BioLayout<bool, long>.BioCount(request.Offset, g.Cut, request.MaxBioBytes);
        return BioLayout<bool, long>.Split(a, g, checked((int)count));
    }
}
