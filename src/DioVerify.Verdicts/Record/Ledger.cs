using System.Text.Json;
using DioVerify.Engine.Input;

namespace DioVerify.Verdicts.Record;

/// <summary>
/// proofs/ledger.json: the expected verdict of every committed obligation with the solver versions and
/// times that produced it. Verdicts are the contract; times are a record, never compared.
/// </summary>
public sealed record Ledger(string Generator, int Bound, IReadOnlyList<LedgerEntry> Entries)
{
    public const string FileName = "ledger.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static Ledger? Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Ledger>(File.ReadAllText(path), Options)
                ?? throw new BadInputException(path, 0, 0, "the ledger is empty");
        }
        catch (JsonException e)
        {
            throw new BadInputException(path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, $"not a valid ledger: {e.Message}");
        }
    }

    /// <summary>The ledger as its file holds it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    public LedgerEntry? Find(string file) => Entries.FirstOrDefault(e => e.File == file);
}
