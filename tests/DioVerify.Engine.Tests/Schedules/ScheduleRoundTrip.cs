using System.Text;
using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;

namespace DioVerify.Engine.Tests.Schedules;

/// <summary>
/// Schedule v1: what <see cref="ScheduleWriter"/> writes, <see cref="ScheduleReader"/> reads back as the same
/// schedule — optional fields included, and an absent <c>freeBlocks</c> read as unlimited.
/// </summary>
public sealed class ScheduleRoundTrip
{
    private static Schedule RoundTrip(Schedule schedule) =>
        ScheduleReader.Parse(Encoding.UTF8.GetBytes(ScheduleWriter.Write(schedule)), "roundtrip.json");

    public static TheoryData<string> Names => ["spec example", "unlimited space", "counterexample provenance", "no BIO", "awkward strings", "fifty BIOs"];

    private static Schedule Named(string name) => name switch
    {
        "spec example" => Build.Schedule(Build.SpecExampleRequest, 16, "ok eio ok ok", 2, 0, 3, 1),
        "unlimited space" => Build.Schedule(Build.Request(12800, 8192, 1000), null, "ok eio", 1, 0),
        "counterexample provenance" => Build.Schedule(Build.Request(0, 8192, 0), null, "eio ok", 1, 0) with
        {
            Policy = "arrival-cutoff",
            Property = PropertyId.P6,
            ProducedBy = "dioverify 0.1.0",
            AlternateArrival = [0, 1],
        },
        "no BIO" => Build.Schedule(Build.Request(4608, 8192, 4096), 0, "") with { Policy = "prefix-zero-not-error", Property = PropertyId.P7 },
        "awkward strings" => Build.Schedule(Build.Request(0, 4096, 0), 1, "ok", 0) with
        {
            // The policy must name a catalog entry; free text travels in producedBy.
            ProducedBy = "naïve \"partial\" <b>&</b> line\nbreak\ttab \\ back\u0001slash",
        },
        "fifty BIOs" => Build.Schedule(
            Build.Request(0, 50 * 4096, 0),
            null,
            Enumerable.Range(0, 50).Select(k => k == 20 ? BioStatus.Eio : BioStatus.Ok),
            Enumerable.Range(0, 50).Reverse()),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Writing_then_reading_gives_the_same_schedule(string name)
    {
        var schedule = Named(name);

        var read = RoundTrip(schedule);

        Assert.True(read.SameAs(schedule), $"{name}:\n{ScheduleWriter.Write(schedule)}\nread back as\n{ScheduleWriter.Write(read)}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Writing_is_stable_across_a_round_trip(string name)
    {
        var text = ScheduleWriter.Write(Named(name));

        Assert.Equal(text, ScheduleWriter.Write(RoundTrip(Named(name))));
    }

    [Fact]
    public void Unlimited_space_is_written_without_freeBlocks_and_read_back_as_null()
    {
        var schedule = Named("unlimited space");

        Assert.DoesNotContain("freeBlocks", ScheduleWriter.Write(schedule));
        Assert.Null(RoundTrip(schedule).FreeBlocks);
    }

    [Fact]
    public void Zero_free_blocks_is_not_the_same_as_unlimited()
    {
        var read = RoundTrip(Named("no BIO"));

        Assert.Equal(0, read.FreeBlocks);
        Assert.Empty(read.Outcomes);
        Assert.Empty(read.Arrival);
    }

    [Fact]
    public void The_optional_provenance_fields_survive()
    {
        var read = RoundTrip(Named("counterexample provenance"));

        Assert.Equal("arrival-cutoff", read.Policy);
        Assert.Equal(PropertyId.P6, read.Property);
        Assert.Equal("dioverify 0.1.0", read.ProducedBy);
        Assert.Equal<int>([0, 1], read.AlternateArrival!.Value);
    }

    [Fact]
    public void SPECs_example_text_reads_as_the_schedule_it_describes()
    {
        const string Text = """
            {
              "version": 1,
              "request":  { "offset": 0, "length": 65536, "fileSize": 0,
                            "blockSize": 4096, "sectorSize": 512, "maxBioBytes": 16384 },
              "freeBlocks": 16,
              "outcomes": ["ok", "eio", "ok", "ok"],
              "arrival":  [2, 0, 3, 1]
            }
            """;

        var read = ScheduleReader.Parse(Encoding.UTF8.GetBytes(Text), "spec.json");

        Assert.Equal(new WriteRequest(0, 65536, 0, 4096, 512, 16384), read.Request);
        Assert.Equal(16, read.FreeBlocks);
        Assert.Equal<BioStatus>([BioStatus.Ok, BioStatus.Eio, BioStatus.Ok, BioStatus.Ok], read.Outcomes);
        Assert.Equal<int>([2, 0, 3, 1], read.Arrival);
        Assert.Null(read.Policy);
        Assert.Null(read.Property);
        Assert.Null(read.ProducedBy);
        Assert.Null(read.AlternateArrival);
    }

    [Fact]
    public void Schedules_that_differ_in_any_field_are_not_the_same()
    {
        var a = Named("counterexample provenance");

        Assert.True(a.SameAs(a with { }));
        Assert.False(a.SameAs(a with { FreeBlocks = 2 }));
        Assert.False(a.SameAs(a with { Arrival = [0, 1] }));
        Assert.False(a.SameAs(a with { Outcomes = [BioStatus.Eio, BioStatus.Eio] }));
        Assert.False(a.SameAs(a with { AlternateArrival = null }));
        Assert.False(a.SameAs(a with { Property = PropertyId.P1 }));
        Assert.False(a.SameAs(a with { Policy = "contiguous-prefix" }));
        Assert.False(a.SameAs(a with { ProducedBy = null }));
        Assert.False(a.SameAs(a with { Request = a.Request with { FileSize = 512 } }));
    }
}
