using System.Text;
using DioVerify.Engine.Input;
using DioVerify.Engine.Schedules;
using Xunit;

namespace DioVerify.Engine.Tests.Schedules;

/// <summary>
/// A malformed schedule is bad input: <see cref="BadInputException"/> naming the file, the line and column
/// of the offending value, and a reason that says what is wrong — never a silently different schedule.
/// Every case edits one thing in <see cref="Valid"/>; the positions below are counted by hand on it.
/// </summary>
public sealed class MalformedSchedules
{
    // Line 3 columns: '{' of the request at 14, the "length" value at 39.
    // Line 5 columns: '[' at 15, second outcome at 22. Line 6 columns: '[' at 14, third entry at 21.
    private const string Valid =
        "{\n" +
        "  \"version\": 1,\n" +
        "  \"request\": { \"offset\": 0, \"length\": 65536, \"fileSize\": 0, \"blockSize\": 4096, \"sectorSize\": 512, \"maxBioBytes\": 16384 },\n" +
        "  \"freeBlocks\": 16,\n" +
        "  \"outcomes\": [\"ok\", \"eio\", \"ok\", \"ok\"],\n" +
        "  \"arrival\": [2, 0, 3, 1]\n" +
        "}\n";

    private static BadInputException Rejected(string text, long line, long column, params string[] reasonWords)
    {
        var e = Assert.Throws<BadInputException>(() => ScheduleReader.Parse(Encoding.UTF8.GetBytes(text), "case.json"));

        Assert.Equal("case.json", e.File);
        Assert.Equal((line, column), (e.Line, e.Column));
        foreach (var word in reasonWords)
        {
            Assert.Contains(word, e.Reason);
        }

        Assert.Equal($"case.json:{line}:{column}: {e.Reason}", e.Message);
        return e;
    }

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, Valid);
        return Valid.Replace(from, to);
    }

    [Fact]
    public void The_unedited_base_case_is_valid() =>
        Assert.Equal(4, ScheduleReader.Parse(Encoding.UTF8.GetBytes(Valid), "case.json").Outcomes.Length);

    [Fact]
    public void Text_that_is_not_JSON_is_rejected_where_the_syntax_breaks() =>
        // The comma after the version is missing: the parser trips on the next line's first quote.
        Rejected(Edit("\"version\": 1,", "\"version\": 1"), 3, 3, "not valid JSON");

    [Fact]
    public void A_truncated_file_is_not_JSON()
    {
        var e = Assert.Throws<BadInputException>(() => ScheduleReader.Parse(Encoding.UTF8.GetBytes(Valid[..40]), "case.json"));
        Assert.StartsWith("not valid JSON", e.Reason);
    }

    [Fact]
    public void An_unknown_field_is_an_error_not_ignored() =>
        Rejected(Edit("  \"version\": 1,\n", "  \"version\": 1,\n  \"seed\": 7,\n"), 3, 3, "unknown field \"seed\"");

    [Fact]
    public void An_unknown_field_in_the_request_is_an_error() =>
        Rejected(Edit("\"offset\": 0,", "\"offset\": 0, \"flags\": 1,"), 3, 29, "unknown field \"flags\"", "request");

    [Fact]
    public void A_repeated_field_is_an_error() =>
        Rejected(Edit("  \"version\": 1,\n", "  \"version\": 1,\n  \"version\": 1,\n"), 3, 3, "\"version\"", "twice");

    [Fact]
    public void An_offset_that_is_not_a_multiple_of_the_sector_size_is_an_invalid_request() =>
        Rejected(Edit("\"offset\": 0,", "\"offset\": 100,"), 3, 14, "EINVAL", "offset 100", "multiple of sectorSize 512");

    [Fact]
    public void A_negative_file_size_is_an_invalid_request() =>
        Rejected(Edit("\"fileSize\": 0,", "\"fileSize\": -1,"), 3, 14, "fileSize must not be negative", "-1");

    [Fact]
    public void A_negative_offset_is_an_invalid_request() =>
        Rejected(Edit("\"offset\": 0,", "\"offset\": -512,"), 3, 14, "offset must not be negative", "-512");

    [Fact]
    public void A_zero_length_is_an_invalid_request() =>
        Rejected(Edit("\"length\": 65536,", "\"length\": 0,"), 3, 14, "length must be positive");

    [Fact]
    public void A_number_beyond_a_signed_64_bit_long_is_rejected_where_it_stands() =>
        Rejected(Edit("\"length\": 65536,", "\"length\": 9223372036854775808,"), 3, 39, "\"length\"", "64-bit", "9223372036854775808");

    [Fact]
    public void A_fractional_number_is_not_an_integer() =>
        Rejected(Edit("\"length\": 65536,", "\"length\": 65536.5,"), 3, 39, "\"length\"", "integer", "65536.5");

    [Fact]
    public void A_number_written_as_a_string_is_not_an_integer() =>
        Rejected(Edit("\"length\": 65536,", "\"length\": \"65536\","), 3, 39, "\"length\"", "integer", "a string");

    [Fact]
    public void Arrival_naming_a_BIO_twice_is_not_a_permutation() =>
        Rejected(Edit("[2, 0, 3, 1]", "[2, 0, 2, 1]"), 6, 21, "BIO 2 twice", "permutation");

    [Fact]
    public void Arrival_naming_a_BIO_past_the_last_is_out_of_range() =>
        Rejected(Edit("[2, 0, 3, 1]", "[2, 0, 4, 1]"), 6, 21, "BIO 4", "maps to 4 BIOs", "0..3");

    [Fact]
    public void Arrival_naming_a_negative_BIO_is_out_of_range() =>
        Rejected(Edit("[2, 0, 3, 1]", "[2, 0, -1, 1]"), 6, 21, "BIO -1", "maps to 4 BIOs");

    [Fact]
    public void Too_few_outcomes_say_how_many_BIOs_the_request_maps_to() =>
        Rejected(Edit("[\"ok\", \"eio\", \"ok\", \"ok\"]", "[\"ok\", \"eio\", \"ok\"]"), 5, 15, "3 entries", "maps to 4 BIOs");

    [Fact]
    public void Too_many_arrivals_say_how_many_BIOs_the_request_maps_to() =>
        // Refused at the fifth entry, as it is read: the request before it is known.
        Rejected(Edit("[2, 0, 3, 1]", "[2, 0, 3, 1, 4]"), 6, 27, "more than 4 entries", "maps to 4 BIOs");

    [Fact]
    public void Outcomes_for_the_uncut_request_do_not_fit_when_free_space_cuts_it_to_3_BIOs() =>
        // SPEC: with "freeBlocks": 12 this request is cut at 49152 and maps to 3 BIOs.
        Rejected(Edit("\"freeBlocks\": 16,", "\"freeBlocks\": 12,"), 5, 35, "more than 3 entries", "maps to 3 BIOs");

    [Fact]
    public void An_outcome_must_be_exactly_ok_or_eio() =>
        Rejected(Edit("\"eio\", \"ok\", \"ok\"]", "\"EIO\", \"ok\", \"ok\"]"), 5, 22, "unknown outcome \"EIO\"", "\"ok\"", "\"eio\"");

    [Fact]
    public void An_outcome_must_be_a_string() =>
        Rejected(Edit("\"eio\", \"ok\", \"ok\"]", "false, \"ok\", \"ok\"]"), 5, 22, "\"outcomes\"", "string");

    [Fact]
    public void Another_version_is_refused() =>
        Rejected(Edit("\"version\": 1,", "\"version\": 2,"), 2, 14, "version 2");

    [Fact]
    public void A_missing_top_level_field_is_named() =>
        Rejected(Edit(",\n  \"arrival\": [2, 0, 3, 1]", ""), 1, 1, "missing field \"arrival\"");

    [Fact]
    public void A_missing_version_is_named() =>
        Rejected(Edit("  \"version\": 1,\n", ""), 1, 1, "missing field \"version\"");

    [Fact]
    public void A_missing_request_field_is_named_at_the_request() =>
        Rejected(Edit(", \"sectorSize\": 512", ""), 3, 14, "missing field \"sectorSize\"");

    [Fact]
    public void Negative_free_blocks_are_rejected() =>
        Rejected(Edit("\"freeBlocks\": 16,", "\"freeBlocks\": -1,"), 4, 17, "freeBlocks must not be negative", "-1");

    [Fact]
    public void An_unknown_property_is_rejected() =>
        Rejected(Edit("  \"version\": 1,\n", "  \"version\": 1,\n  \"property\": \"P8\",\n"), 3, 15, "unknown property \"P8\"");

    [Theory]
    [InlineData("07")]
    [InlineData("7")]
    [InlineData(" 7")]
    [InlineData("+7")]
    [InlineData("P07")]
    [InlineData("P0")]
    public void A_property_is_named_exactly_P1_to_P7_not_by_its_number(string text) =>
        Rejected(Edit("  \"version\": 1,\n", $"  \"version\": 1,\n  \"property\": \"{text}\",\n"), 3, 15, $"unknown property \"{text}\"");

    [Theory]
    [InlineData("P7")]
    [InlineData("p3")]
    public void A_property_named_P1_to_P7_in_either_case_is_accepted(string text) =>
        Assert.Equal(
            (Engine.Properties.PropertyId)(text[1] - '0'),
            ScheduleReader.Parse(Encoding.UTF8.GetBytes(Edit("  \"version\": 1,\n", $"  \"version\": 1,\n  \"property\": \"{text}\",\n")), "case.json").Property);

    private static BadInputException RejectedBytes(byte[] bytes, long line, long column, params string[] reasonWords)
    {
        var e = Assert.Throws<BadInputException>(() => ScheduleReader.Parse(bytes, "case.json"));
        Assert.Equal((line, column), (e.Line, e.Column));
        foreach (var word in reasonWords) Assert.Contains(word, e.Reason);
        return e;
    }

    private static byte[] WithLine3(byte[] line) =>
        [.. Encoding.UTF8.GetBytes("{\n  \"version\": 1,\n"), .. line, .. Encoding.UTF8.GetBytes(Valid[Valid.IndexOf("  \"request\"", StringComparison.Ordinal)..])];

    [Fact]
    public void Invalid_UTF8_in_a_string_is_a_positioned_error_at_the_bad_byte() =>
        // Line 3 is `  "producedBy": "ab\xFF",`: the value's quote is at column 17, the bad byte at 20.
        RejectedBytes(WithLine3([.. "  \"producedBy\": \"ab"u8, 0xFF, .. "\",\n"u8]), 3, 20, "invalid UTF-8", "0xFF");

    [Fact]
    public void Invalid_UTF8_in_a_field_name_is_a_positioned_error() =>
        RejectedBytes(WithLine3([.. "  \"x"u8, 0xC3, 0x28, .. "\": 1,\n"u8]), 3, 5, "invalid UTF-8", "0xC3");

    [Theory]
    [InlineData("\\ud83d")]
    [InlineData("\\udc00")]
    [InlineData("\\ud83d\\u0041")]
    [InlineData("\\ud83dx")]
    public void Lone_surrogate_escape_is_a_positioned_error(string escapes) =>
        // Line 3 is `  "producedBy": "x\ud83d…",`: the backslash is at column 19.
        RejectedBytes(WithLine3(Encoding.UTF8.GetBytes($"  \"producedBy\": \"x{escapes}\",\n")), 3, 19, escapes[..6], "surrogate");

    [Fact]
    public void Lone_surrogate_escape_in_a_field_name_is_a_positioned_error() =>
        RejectedBytes(WithLine3("  \"\\ud83d\": 1,\n"u8.ToArray()), 3, 4, "\\ud83d", "surrogate");

    [Fact]
    public void A_surrogate_pair_escape_is_valid_text() =>
        Assert.Equal(
            "x\U0001F600",
            ScheduleReader.Parse(WithLine3("  \"producedBy\": \"x\\ud83d\\ude00\",\n"u8.ToArray()), "case.json").ProducedBy);

    [Fact]
    public void A_list_longer_than_the_request_is_refused_at_its_first_extra_entry() =>
        // Line 5 is `  "outcomes": ["ok", "eio", "ok", "ok", "ok"],`: the fifth entry is at column 41.
        Rejected(Edit("\"ok\", \"ok\"]", "\"ok\", \"ok\", \"ok\"]"), 5, 41, "\"outcomes\" has more than 4 entries: the request maps to 4 BIOs");

    [Fact]
    public void A_list_before_its_request_is_bounded_by_the_schedule_limit_and_says_how_many_BIOs_are_allowed()
    {
        var outcomes = string.Join(", ", Enumerable.Repeat("\"ok\"", Schedule.MaxBios + 1));
        var text = "{\"outcomes\": [" + outcomes + "]}";
        var e = Rejected(text, 1, 15 + (Schedule.MaxBios * 6), "\"outcomes\" has more than 1048576 entries", "at most 1048576 BIOs");
        Assert.DoesNotContain("request", e.Reason);
    }

    [Fact]
    public void A_far_too_long_list_is_refused_while_it_is_read_not_after()
    {
        // 5 million entries (about 30 MB of text) after a 4-BIO request: reading stops at the fifth,
        // so the reader allocates next to nothing beyond the text itself.
        var head = Valid[..Valid.IndexOf("  \"outcomes\"", StringComparison.Ordinal)];
        var bytes = Encoding.UTF8.GetBytes(head + "  \"outcomes\": [" + string.Join(", ", Enumerable.Repeat("\"ok\"", 5_000_000)) + "]\n}\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<BadInputException>(() => ScheduleReader.Parse(bytes, "case.json"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("maps to 4 BIOs", e.Reason);
        Assert.True(allocated < 1_000_000, $"the reader allocated {allocated} bytes");
    }

    [Fact]
    public void A_schedule_must_be_an_object() =>
        Rejected("[1, 2]\n", 1, 1, "must be a JSON object", "an array");
}
