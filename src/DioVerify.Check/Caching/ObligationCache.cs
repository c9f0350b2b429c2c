using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Schedules;
using DioVerify.Linux;
using DioVerify.Smt.Native;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Check.Caching;

/// <summary>
/// Solver answers kept between runs, one file per (obligation text, solver and its version, prover options), so a
/// <c>check</c> or <c>prove</c> with nothing changed re-solves nothing. Only definite answers are kept; a proved one is
/// reused only for a byte-identical text (its hash is both in the key and in the entry, and compared). An entry is
/// written to a temporary file and renamed over its name, so parallel jobs and concurrent runs on one cache never
/// read half an entry; anything unreadable, malformed or about another text is a miss, never a verdict.
/// </summary>
public sealed class ObligationCache(string directory)
{
    /// <summary>The version of an entry's shape; entries of another are misses.</summary>
    public const string Format = "dioverify-cache/1";

    private int _hits;
    private int _misses;
    private int _unwritable;

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Answers read from the cache so far.</summary>
    public int Hits => _hits;

    /// <summary>Lookups that found no usable entry (none, corrupt, or a counterexample that no longer replays).</summary>
    public int Misses => _misses;

    /// <summary>Entries that could not be written (a read-only or full cache): the run goes on, it only re-solves next time.</summary>
    public int Unwritable => _unwritable;

    /// <summary><c>$XDG_CACHE_HOME/dioverify</c>, else <c>~/.cache/dioverify</c>.</summary>
    public static string DefaultDirectory() => UserCache.Directory();

    /// <summary><c>sha256:</c> and 64 hex digits of the exact bytes (UTF-8) a solver is given.</summary>
    public static string TextHash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The entry for <paramref name="key"/>, or null (a miss) when there is none or it cannot be trusted.</summary>
    /// <param name="catalog">The policies a cached counterexample may name.</param>
    public CachedAnswer? Find(CacheKey key, PolicyCatalog catalog)
    {
        var found = Read(key, catalog);
        Interlocked.Increment(ref found is null ? ref _misses : ref _hits);
        return found;
    }

    /// <summary>Counts a hit that the caller could not use after all (its counterexample did not replay) as a miss.</summary>
    public void Reject()
    {
        Interlocked.Decrement(ref _hits);
        Interlocked.Increment(ref _misses);
    }

    /// <summary>Keeps a definite answer; an unknown one is never kept (a later run with more time may decide it).</summary>
    public void Store(CacheKey key, CachedAnswer answer, string? certificate = null)
    {
        if (answer.Verdict == ProofVerdict.Unknown) return;
        var entry = new JsonObject
        {
            ["format"] = Format,
            ["key"] = key.Hash,
            ["textHash"] = key.TextHash,
            ["solver"] = key.Solver.Name,
            ["solverVersion"] = key.Solver.Version,
            ["options"] = key.Options,
            ["verdict"] = answer.Verdict.Text(),
            ["seconds"] = answer.Seconds,
            ["solvedAt"] = answer.SolvedAt.ToString("O"),
            ["method"] = answer.Method,
            ["methodKind"] = answer.MethodKind,
            ["domain"] = answer.Domain,
            ["identity"] = answer.Identity,
            ["counterexample"] = answer.Counterexample is { } s ? JsonNode.Parse(ScheduleWriter.Write(s)) : null,
            // A proved answer's certificate is the obligation text itself (every query unsat): kept once per text.
            ["certificate"] = answer.Verdict == ProofVerdict.Proved && certificate is not null ? CertificatePath(key.TextHash) : null,
        };
        try
        {
            if (answer.Verdict == ProofVerdict.Proved && certificate is not null && !File.Exists(CertificatePath(key.TextHash)))
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(CertificatePath(key.TextHash))!);
                OutputFile.Write(CertificatePath(key.TextHash), certificate);
            }

            var path = EntryPath(key);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            OutputFile.Write(path, entry.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _unwritable);
        }
    }

    /// <summary>
    /// A value derived from DioVerify's own code alone (the hash of a regenerated obligation or model text, "the two
    /// interpretations agree"), under a key that names everything it was derived from; null when there is none.
    /// </summary>
    public string? FindDerived(string key)
    {
        try
        {
            var path = DerivedPath(key);
            if (!File.Exists(path)) return null;
            var lines = File.ReadAllText(path).Split('\n');
            return lines.Length >= 3 && lines[0] == Format && lines[1] == key && lines[2].Length > 0 ? lines[2] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void StoreDerived(string key, string value)
    {
        try
        {
            var path = DerivedPath(key);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            OutputFile.Write(path, $"{Format}\n{key}\n{value}\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _unwritable);
        }
    }

    /// <summary>Where the certificate (the obligation text) of a proved answer on <paramref name="textHash"/> is kept.</summary>
    public string CertificatePath(string textHash) => Path.Combine(Directory, "texts", Hex(textHash) + ".smt2");

    private string DerivedPath(string key)
    {
        var hex = Hex(TextHash(key));
        return Path.Combine(Directory, "derived", hex[..2], hex[2..]);
    }

    private string EntryPath(CacheKey key)
    {
        var hex = Hex(key.Hash);
        return Path.Combine(Directory, "answers", hex[..2], hex[2..] + ".json");
    }

    private static string Hex(string hash) => hash.StartsWith("sha256:", StringComparison.Ordinal) ? hash["sha256:".Length..] : hash;

    private CachedAnswer? Read(CacheKey key, PolicyCatalog catalog)
    {
        var path = EntryPath(key);
        try
        {
            if (!File.Exists(path)) return null;
            var entry = JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject;
            string? Text(string name) => entry?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            // Every field of the key is compared, not only the file name: an entry is about exactly this text and solver.
            if (Text("format") != Format || Text("key") != key.Hash || Text("textHash") != key.TextHash
                || Text("solver") != key.Solver.Name || Text("solverVersion") != key.Solver.Version || Text("options") != key.Options)
            {
                return null;
            }

            var verdict = Text("verdict") switch { "proved" => ProofVerdict.Proved, "refuted" => ProofVerdict.Refuted, _ => (ProofVerdict?)null };
            if (verdict is null || entry!["seconds"] is not JsonValue seconds || !seconds.TryGetValue<double>(out var elapsed) || elapsed < 0) return null;
            if (!DateTimeOffset.TryParse(Text("solvedAt"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var solvedAt)) return null;
            var counterexample = entry["counterexample"] is JsonObject cex
                ? ScheduleReader.Parse(Encoding.UTF8.GetBytes(cex.ToJsonString()), path, catalog)
                : null;
            return new CachedAnswer(verdict.Value, elapsed, solvedAt, Text("method"), Text("methodKind"), Text("domain"), Text("identity"), counterexample);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException
            or Engine.Input.BadInputException)
        {
            return null;
        }
    }
}
