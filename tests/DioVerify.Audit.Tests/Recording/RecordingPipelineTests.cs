using System.Text;
using DioVerify.Audit.Recording;
using DioVerify.Audit.Traces;
using DioVerify.Linux;

namespace DioVerify.Audit.Tests.Recording;

/// <summary>
/// From tracefs text lines (as Linux 6.18 prints them) to a trace: the line parser, the assembler (process
/// tree, splits, completions by sector in kernel order, async completions) and the writer (FIEMAP mapping,
/// tiling, incompleteness), checked by auditing what comes out.
/// </summary>
public class RecordingPipelineTests
{
    private const int Dd = 27388;

    // ext4 puts the file's first 1 MiB at device byte 18434 * 512 (sector 18434).
    private static readonly RecordedFile File = new("/mnt/f", [new FileExtent(0, 18434L * 512, 1 << 20, 0)]);

    [Fact]
    public void The_line_parser_reads_the_fields_of_each_event()
    {
        var begin = FtraceLineParser.Parse("              dd-27388   (  27388) [001] ..... 11269.530192: iomap_dio_rw_begin: dev 7:0 ino 0xc size 0x0 offset 0x100000 length 0x100000 done_before 0x0 flags DIRECT dio_flags  aio 0");
        Assert.Equal((FtraceEventKind.DioBegin, 27388, 27388, (7u << 20) | 0, 0xcL, 0x100000L, 0x100000L, false), (begin.Kind, begin.Pid, begin.Tgid, begin.Dev, begin.Inode, begin.Offset, begin.Length, begin.Async));

        var split = FtraceLineParser.Parse("   dd-27388 (27388) [001] ..... 1.0: block_split: 7,0 WS 18434 / 18690 [dd]");
        Assert.Equal((FtraceEventKind.BioSplit, 18434L, 18690L), (split.Kind, split.Sector, split.Sectors));

        var done = FtraceLineParser.Parse("     ksoftirqd/1-22      (     22) [001] ..s.. 11269.530986: block_rq_complete: 7,0 WS () 18434 + 256 be,0,4 [-5]");
        Assert.Equal((FtraceEventKind.Completion, 18434L, 256L, -5L, true), (done.Kind, done.Sector, done.Sectors, done.Result, done.Write));

        var exit = FtraceLineParser.Parse("  my prog-1-2 (   1) [000] ..... 2.0: sys_pwrite64 -> 0xfffffffffffffffb");
        Assert.Equal((FtraceEventKind.SyscallExit, "pwrite64", -5L, 2), (exit.Kind, exit.Syscall, exit.Result, exit.Pid));

        Assert.Equal(FtraceEventKind.Lost, FtraceLineParser.Parse("CPU:1 [LOST 42 EVENTS]").Kind);
        Assert.Equal(42, FtraceLineParser.Parse("CPU:1 [LOST 42 EVENTS]").Length);
        Assert.Equal(FtraceEventKind.Other, FtraceLineParser.Parse("# tracer: nop").Kind);
    }

    [Fact]
    public void A_split_bio_becomes_bios_that_complete_in_kernel_order_and_a_failed_part_is_eio_judged_as_the_kernel_audit_judges_it()
    {
        var (writes, recording) = Record(
            Line(Dd, "iomap_dio_rw_begin: dev 7:0 ino 0xc size 0x0 offset 0x0 length 0x40000 done_before 0x0 flags DIRECT dio_flags DIO_FORCE_WAIT aio 0"),
            Line(Dd, "block_bio_queue: 7,0 RAM 518 + 2 [dd]"),
            Line(Dd, "block_bio_queue: 7,0 WS 18434 + 512 [dd]"),
            Line(Dd, "block_split: 7,0 WS 18434 / 18690 [dd]"),
            Line(22, "block_rq_complete: 7,0 WS () 18690 + 256 be,0,4 [-5]"),
            Line(22, "block_rq_complete: 7,0 WS () 18434 + 256 be,0,4 [0]"),
            Line(Dd, "iomap_dio_complete: dev 7:0 ino 0xc size 0x0 offset 0x0 flags DIRECT aio 0 error -5 ret -5"),
            Line(Dd, "sys_pwrite64 -> 0xfffffffffffffffb"));

        var a = Assert.Single(writes);
        Assert.Equal(2, a.BioCount);
        Assert.Equal(131072, a.Prefix);
        Assert.True(a.Returned.Is(DioVerify.Engine.Model.Errno.EIO));
        // EIO after 128 KiB became durable: progress thrown away, as the kernel audit finds for ext4 (P3).
        Assert.Equal([DioVerify.Engine.Properties.PropertyId.P3], a.Verdicts.Violated);
        Assert.Contains("""{"event":"complete","bio":1,"status":"eio"}""", recording);
        Assert.True(recording.IndexOf("\"bio\":1,\"status\"", StringComparison.Ordinal) < recording.IndexOf("\"bio\":0,\"status\"", StringComparison.Ordinal), "completions keep the kernel's order");
    }

    [Fact]
    public void Processes_outside_the_tree_are_left_out_and_children_forked_by_it_are_in()
    {
        var (writes, _) = Record(
            Line(999, "iomap_dio_rw_begin: dev 7:0 ino 0xc size 0x0 offset 0x0 length 0x1000 done_before 0x0 flags DIRECT dio_flags  aio 0"),
            Line(Dd, "sched_process_fork: comm=sh pid=27388 child_comm=sh child_pid=5000"),
            Line(5000, "iomap_dio_rw_begin: dev 7:0 ino 0xc size 0x0 offset 0x1000 length 0x1000 done_before 0x0 flags DIRECT dio_flags  aio 0"),
            Line(5000, "block_bio_queue: 7,0 WS 18442 + 8 [dd]"),
            Line(22, "block_rq_complete: 7,0 WS () 18442 + 8 be,0,4 [0]"),
            Line(5000, "iomap_dio_complete: dev 7:0 ino 0xc size 0x2000 offset 0x2000 flags DIRECT aio 0 error 0 ret 4096"),
            Line(5000, "sys_write -> 0x1000"));

        var a = Assert.Single(writes);
        Assert.Equal(4096, a.Offset);
        Assert.Equal(8192, a.NewSize);
        Assert.True(a.Conforms);
    }

    [Fact]
    public void An_io_uring_write_is_queued_and_its_return_is_the_completions_result()
    {
        var (writes, recording) = Record(
            Line(Dd, "iomap_dio_rw_begin: dev 7:0 ino 0xc size 0x100000 offset 0x0 length 0x10000 done_before 0x0 flags NOWAIT|DIRECT|WRITE dio_flags  aio 1"),
            Line(Dd, "block_bio_queue: 7,0 WS 18434 + 128 [fio]"),
            Line(Dd, "iomap_dio_rw_queued: dev 7:0 ino 0xc size 0x100000 offset 0x0 length 0x10000"),
            Line(Dd, "sys_io_uring_enter -> 0x1"),
            Line(22, "block_rq_complete: 7,0 WS () 18434 + 128 be,0,4 [0]"),
            Line(22, "iomap_dio_complete: dev 7:0 ino 0xc size 0x100000 offset 0x10000 flags NOWAIT|DIRECT|WRITE aio 1 error 0 ret 65536"));

        var a = Assert.Single(writes);
        Assert.Equal(65536, a.Returned.Bytes);
        Assert.Equal("io_uring", a.Path);
        Assert.True(a.Conforms);
        Assert.Contains("\"path\":\"io_uring\"", recording);
    }

    [Fact]
    public void Lost_events_mark_every_write_incomplete()
    {
        var (writes, _) = Record(
            Line(Dd, "iomap_dio_rw_begin: dev 7:0 ino 0xc size 0x0 offset 0x0 length 0x1000 done_before 0x0 flags DIRECT dio_flags  aio 0"),
            Line(Dd, "block_bio_queue: 7,0 WS 18434 + 8 [dd]"),
            "CPU:0 [LOST 3 EVENTS]",
            Line(Dd, "iomap_dio_complete: dev 7:0 ino 0xc size 0x1000 offset 0x1000 flags DIRECT aio 0 error 0 ret 4096"));

        var a = Assert.Single(writes);
        Assert.True(a.Incomplete);
        Assert.False(a.Conforms);
        Assert.Equal(1, a.InFlight);
    }

    [Fact]
    public void A_bio_that_does_not_map_into_its_write_leaves_a_gap_and_the_write_incomplete()
    {
        var (writes, _) = Record(
            Line(Dd, "iomap_dio_rw_begin: dev 7:0 ino 0xc size 0x0 offset 0x0 length 0x2000 done_before 0x0 flags DIRECT dio_flags  aio 0"),
            Line(Dd, "block_bio_queue: 7,0 WS 900000 + 8 [dd]"),
            Line(Dd, "block_bio_queue: 7,0 WS 18442 + 8 [dd]"),
            Line(22, "block_rq_complete: 7,0 WS () 900000 + 8 be,0,4 [0]"),
            Line(22, "block_rq_complete: 7,0 WS () 18442 + 8 be,0,4 [0]"),
            Line(Dd, "iomap_dio_complete: dev 7:0 ino 0xc size 0x2000 offset 0x2000 flags DIRECT aio 0 error 0 ret 8192"));

        var a = Assert.Single(writes);
        Assert.True(a.Incomplete);
        Assert.Equal(0, a.BioCount);
    }

    private static string Line(int pid, string body) => $"            proc-{pid}   (  {pid}) [001] ..... 100.000000: {body}";

    private static (IReadOnlyList<WriteAudit> Writes, string Trace) Record(params string[] lines)
    {
        var assembler = new RecordingAssembler([Dd]);
        foreach (var line in lines) assembler.Add(FtraceLineParser.Parse(line));
        var output = new MemoryStream();
        RecordingWriter.Write(assembler.Dios, (_, _) => File, assembler.LostEvents, assembler.StrayBios, output);
        var trace = Encoding.UTF8.GetString(output.ToArray());
        var (writes, _) = Traces.Audit(output.ToArray());
        return (writes, trace);
    }
}
