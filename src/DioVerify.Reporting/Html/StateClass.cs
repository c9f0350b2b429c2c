using DioVerify.Engine.Runs;

namespace DioVerify.Reporting.Html;

/// <summary>The CSS class naming each sector and block state: the one vocabulary of the stylesheet, the SVG and the legend.</summary>
public static class StateClass
{
    public static string Of(SectorState state) => state switch
    {
        SectorState.Durable => "durable",
        SectorState.Failed => "failed",
        SectorState.NotSubmitted => "not-submitted",
        SectorState.OldData => "old",
        SectorState.Unwritten => "unwritten",
        _ => "hole",
    };

    public static string Of(BlockState state) => state switch
    {
        BlockState.Existing => "existing",
        BlockState.Kept => "kept",
        BlockState.Freed => "freed",
        _ => "unallocated",
    };
}
