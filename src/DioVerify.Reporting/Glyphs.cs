using DioVerify.Engine.Runs;

namespace DioVerify.Reporting;

/// <summary>The one-character pictures of sector and block states, and their legend.</summary>
public static class Glyphs
{
    public static char Of(SectorState state) => state switch
    {
        SectorState.Durable => '#',
        SectorState.Failed => 'x',
        SectorState.NotSubmitted => '-',
        SectorState.OldData => 'o',
        SectorState.Unwritten => 'z',
        _ => '.',
    };

    public static char Of(BlockState state) => state switch
    {
        BlockState.Existing => 'E',
        BlockState.Kept => 'K',
        BlockState.Freed => 'F',
        _ => '.',
    };

    public static string Describe(SectorState state) => state switch
    {
        SectorState.Durable => "durable new data",
        SectorState.Failed => "failed BIO: undetermined",
        SectorState.NotSubmitted => "never submitted (past the cut)",
        SectorState.OldData => "old data",
        SectorState.Unwritten => "allocated, unwritten (zeroed)",
        _ => "hole",
    };

    public static string Describe(BlockState state) => state switch
    {
        BlockState.Existing => "existing block",
        BlockState.Kept => "new block, kept",
        BlockState.Freed => "new block, freed",
        _ => "not allocated",
    };

    public const string SectorLegend = "# durable  x failed (undetermined)  - not submitted  o old data  z allocated, unwritten  . hole";

    public const string BlockLegend = "E existing  K new, kept  F new, freed  . not allocated";
}
