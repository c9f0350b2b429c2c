using DioVerify.Audit.Kernel;
using DioVerify.Linux;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>
/// The kernel's rule files predict R, the size and the kept blocks from the BIO outcomes the device saw; a kernel
/// that does something else is reported with each difference.
/// </summary>
public sealed class KernelRuleCheckTests
{
    private const long MiB = 1024 * 1024;

    /// <summary>A 1 MiB extending write into an empty file whose device WRITEs (128 KiB each) are as given.</summary>
    private static KernelObservation Observation(string rule, long returned, long sizeAfter, IReadOnlyList<DeviceWrite> writes, IReadOnlyList<FileExtent> extents, bool cut = false) => new()
    {
        FileSystem = "test",
        Scenario = new KernelScenario { Name = "s", Story = "story", Offset = 0, Length = MiB },
        RuleName = rule,
        SizeBefore = 0,
        Returned = returned,
        DeviceFailed = writes.Any(w => w.Failed),
        Cut = cut,
        SizeAfter = sizeAfter,
        AllocatedBytes = 0,
        BlockSize = 4096,
        FSync = 0,
        Completions = [],
        DeviceWrites = writes,
        Extents = extents,
        Readback = [],
        OnDevice = [],
    };

    private static IReadOnlyList<DeviceWrite> Writes(int failedIndex = -1, long until = MiB) =>
        [.. Enumerable.Range(0, (int)(until / (128 * 1024))).Select(i => new DeviceWrite(i * 128L * 1024, (i + 1) * 128L * 1024, Failed: i == failedIndex))];

    [Fact]
    public void Ext4_returning_EIO_with_the_size_unchanged_after_a_failed_bio_conforms_to_its_rule()
    {
        var check = KernelRuleCheck.Check(Observation(KernelRules.IomapExt4, -5, 0, Writes(failedIndex: 3), []))!;
        Assert.True(check.Conforms, string.Join("; ", check.Differences));
        Assert.Equal(-5, check.PredictedReturn);
        Assert.Equal(8, check.Bios);
        Assert.Equal(1, check.FailedBios);
    }

    [Fact]
    public void Returning_the_whole_length_over_a_failed_bio_is_named_as_a_difference()
    {
        // What ext4's buffered fallback did on this kernel: the writeback EIO is dropped and R counts it.
        var check = KernelRuleCheck.Check(Observation(KernelRules.IomapExt4, MiB, MiB, Writes(failedIndex: 3), [new(0, 0, MiB, 0)]))!;
        Assert.False(check.Conforms);
        Assert.Contains("R: the rule says EIO, the kernel returned 1048576 bytes", check.Differences);
        Assert.Contains("size: the rule says 0, the file is 1048576", check.Differences);
    }

    [Fact]
    public void Xfs_keeps_its_unwritten_blocks_and_so_does_its_rule_but_ext4s_keeps_none()
    {
        var unwritten = new FileExtent(0, 0, MiB, ExtentMap.Unwritten);
        Assert.True(KernelRuleCheck.Check(Observation(KernelRules.IomapXfs, -5, 0, Writes(failedIndex: 0), [unwritten]))!.Conforms);
        var ext4 = KernelRuleCheck.Check(Observation(KernelRules.IomapExt4, -5, 0, Writes(failedIndex: 0), [unwritten]))!;
        Assert.Contains("kept blocks: the rule keeps [0, 0), the extent map holds [0, 1048576)", ext4.Differences);
    }

    [Fact]
    public void Allocation_is_cut_where_the_data_the_device_saw_ends()
    {
        var check = KernelRuleCheck.Check(Observation(KernelRules.BtrfsBufferedFallback, MiB / 2, MiB / 2, Writes(until: MiB / 2), [new(0, 0, MiB / 2, 0)], cut: true))!;
        Assert.True(check.Cut);
        Assert.True(check.Conforms, string.Join("; ", check.Differences));

        // Without ENOSPC, data missing at the end was never submitted (iomap stops after a failure): not a cut.
        var stopped = KernelRuleCheck.Check(Observation(KernelRules.IomapExt4, -5, 0, Writes(failedIndex: 0, until: MiB / 2), []))!;
        Assert.False(stopped.Cut);
        Assert.True(stopped.Conforms, string.Join("; ", stopped.Differences));
    }

    [Fact]
    public void An_EIO_that_beats_the_ENOSPC_is_named_as_the_race_the_model_leaves_out()
    {
        var check = KernelRuleCheck.Check(Observation(KernelRules.IomapExt4, -5, 0, Writes(failedIndex: 1, until: MiB / 2), [], cut: true))!;
        Assert.Contains("R: the rule says ENOSPC, the kernel returned EIO (the EIO arrived before allocation ran out: the arrival race model v1 leaves out)", check.Differences);
    }

    [Fact]
    public void Every_rule_a_filesystem_names_is_in_the_kernel_rule_catalog() =>
        Assert.All(KernelFileSystem.All, fs => Assert.NotNull(KernelRules.Catalog.Find(fs.Rule)));
}
