using System.Globalization;
using System.Text;
using System.Text.Json;
using DioVerify.Engine.Input;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;
using DioVerify.Verdicts.Record;

namespace DioVerify.Reporting;

/// <summary>
/// Reads <c>check --format json</c> (<c>dioverify-check/1</c>) back into the <see cref="CheckReport"/> it was rendered
/// from, so that shard reports can be merged and rendered again by the same renderers. Judgements and the kill matrix are
/// not read: they are derived from the verdicts and the catalog, as in the run. Anything malformed is a
/// <see cref="BadInputException"/> naming the file and the place.
/// </summary>
public static class CheckReportReader
{
    public static CheckReport ReadFile(string path, PolicyCatalog catalog)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(path, 0, 0, $"cannot read the report: {e.Message}");
        }

        return Parse(bytes, path, catalog);
    }

    public static CheckReport Parse(byte[] utf8, string file, PolicyCatalog catalog)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            throw new BadInputException(file, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "not valid JSON");
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, file, catalog);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new BadInputException(file, 0, 0, $"not a dioverify check report: {e.Message}");
            }
        }
    }

    private static CheckReport Read(JsonElement root, string file, PolicyCatalog catalog)
    {
        var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if (format != CheckReport.Format) throw new BadInputException(file, 0, 0, $"format is \"{format}\", not \"{CheckReport.Format}\"");

        IPolicy Policy(JsonElement e) =>
            catalog.Find(e.GetProperty("policy").GetString()!) ?? throw new BadInputException(file, 0, 0, $"policy \"{e.GetProperty("policy").GetString()}\" is not in the catalog");
        PropertyId Property(string text) =>
            PropertyCatalog.Parse(text) ?? throw new BadInputException(file, 0, 0, $"unknown property \"{text}\"");
        Schedule? Schedule(JsonElement e) =>
            e.TryGetProperty("counterexample", out var c) && c.ValueKind == JsonValueKind.Object
                ? ScheduleReader.Parse(Encoding.UTF8.GetBytes(c.GetRawText()), file, catalog)
                : null;
        TimeSpan Seconds(JsonElement e) => TimeSpan.FromSeconds(e.GetProperty("seconds").GetDouble());
        string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var x = root.GetProperty("exploration");
        var rows = x.GetProperty("rows").EnumerateArray().Select(row =>
        {
            var policy = Policy(row);
            var cells = row.GetProperty("cells").EnumerateObject().ToDictionary(
                c => Property(c.Name),
                c => new CheckCell(
                    policy.Expected.Holds(Property(c.Name)),
                    c.Value.GetProperty("refutedAtBios").ValueKind == JsonValueKind.Number ? c.Value.GetProperty("refutedAtBios").GetInt32() : null,
                    c.Value.GetProperty("violations").GetInt64(),
                    Schedule(c.Value)));
            return new CheckRow(policy, cells, Seconds(row));
        }).ToList();
        var exploration = new ExplorationTable(x.GetProperty("maxBios").GetInt32(), x.GetProperty("schedules").GetInt64(), Seconds(x), rows);

        var fs = root.GetProperty("fscheck");
        var fsCheck = new FsCheckColumn(fs.GetProperty("tests").GetInt32(), fs.GetProperty("seed").GetUInt64(), Seconds(fs),
            [.. fs.GetProperty("cells").EnumerateArray().Select(c => new FsCheckCell(Policy(c), Property(c.GetProperty("property").GetString()!), Schedule(c)))]);

        ProofTable? proofs = root.GetProperty("proofs") is { ValueKind: JsonValueKind.Object } p ? Table(p) : null;
        ProofTable? unbounded = root.TryGetProperty("unbounded", out var u) && u.ValueKind == JsonValueKind.Object ? Table(u) : null;
        ProofTable Table(JsonElement p)
        {
            var proofRows = p.GetProperty("obligations").EnumerateArray().Select(o =>
            {
                var obligation = new Obligation(Policy(o), Property(o.GetProperty("property").GetString()!),
                    o.GetProperty("bios").ValueKind == JsonValueKind.Number ? o.GetProperty("bios").GetInt32() : null);
                var verdict = Text(o, "verdict") switch
                {
                    "proved" => ProofVerdict.Proved,
                    "refuted" => ProofVerdict.Refuted,
                    "unknown" => ProofVerdict.Unknown,
                    var other => throw new BadInputException(file, 0, 0, $"verdict \"{other}\" of {obligation.FileStem} is not proved, refuted or unknown"),
                };
                var result = new ProofResult(obligation, verdict, Seconds(o), Text(o, "solver") ?? "", Text(o, "method") ?? "", Schedule(o), Text(o, "reason"), Text(o, "internalError"))
                {
                    MethodName = Text(o, "methodKind"),
                    Identity = Text(o, "identity"),
                    Domain = Text(o, "domain"),
                };
                var answers = o.GetProperty("answers").EnumerateArray()
                    .Select(a => new SolverAnswer(a.GetProperty("solver").GetString()!, a.GetProperty("verdict").GetString()!, a.GetProperty("seconds").GetDouble())).ToList();
                var cached = o.TryGetProperty("fromCache", out var fc) ? fc.EnumerateArray().Select(s => s.GetString()!).ToList() : [];
                return new ProofRow(result, answers) { FromCache = cached };
            }).ToList();
            return new ProofTable(p.GetProperty("bound").GetInt32(), p.GetProperty("domain").GetString()!,
                [.. p.GetProperty("solvers").EnumerateArray().Select(s => s.GetString()!)], proofRows);
        }

        var problems = root.GetProperty("problems").EnumerateArray().Select(e => new CheckProblem(
            Text(e, "kind") switch
            {
                "mismatch" => ProblemKind.Mismatch,
                "unknown" => ProblemKind.Unknown,
                "internal" => ProblemKind.Internal,
                var other => throw new BadInputException(file, 0, 0, $"problem kind \"{other}\" is not mismatch, unknown or internal"),
            },
            Text(e, "subject") ?? "",
            Text(e, "message") ?? "")).ToList();

        Shard? shard = null;
        if (root.TryGetProperty("shard", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            shard = Shard.Parse($"{s.GetProperty("index").GetInt32()}/{s.GetProperty("count").GetInt32()}", out var reason)
                ?? throw new BadInputException(file, 0, 0, $"shard: {reason}");
        }

        ReportOrigin? origin = null;
        if (root.TryGetProperty("origin", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            origin = new ReportOrigin(Text(g, "commit"), Text(g, "catalog") ?? "", Text(g, "options") ?? "");
        }

        return new CheckReport(Text(root, "producedBy") ?? "", exploration, fsCheck, proofs, problems)
        {
            Unbounded = unbounded,
            Shard = shard,
            Origin = origin,
            StartedAt = Text(root, "startedAt") is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
            WallTime = root.TryGetProperty("seconds", out _) ? Seconds(root) : null,
        };
    }
}
