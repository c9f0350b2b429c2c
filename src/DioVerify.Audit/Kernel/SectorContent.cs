namespace DioVerify.Audit.Kernel;

/// <summary>What one 512-byte sector of the audited file reads back as, told apart by its stamp.</summary>
public enum SectorContent
{
    /// <summary>This run's data for exactly this file offset, from the audited write.</summary>
    New,

    /// <summary>This run's data for this offset from before the audited write (the file's old contents).</summary>
    Old,

    /// <summary>All zeros: a hole or an unwritten extent, as the filesystem promises.</summary>
    Zero,

    /// <summary>The device's prior garbage: a block handed to the file without being written (stale exposure).</summary>
    Stale,

    /// <summary>Anything else: another offset's or another write's data, or bytes nobody wrote.</summary>
    Foreign,

    /// <summary>Past the end of the file: not readable at all.</summary>
    PastEof,

    /// <summary>Inside the file, but reading it fails (EIO): btrfs after a failed writeback of a checksummed file.</summary>
    Unreadable,
}
