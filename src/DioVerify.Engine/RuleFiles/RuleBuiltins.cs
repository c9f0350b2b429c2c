namespace DioVerify.Engine.RuleFiles;

/// <summary>
/// The names a rule may read: the request and its geometry, the engine's folds, the prefix and the errno constants;
/// each denotes exactly the term the engine computes (see <see cref="CompiledRule{TBool, TInt}"/>).
/// </summary>
public static class RuleBuiltins
{
    /// <summary>Integer names, with what they denote (shown by <c>dioverify policies --rules</c> on an unknown name).</summary>
    public static IReadOnlyDictionary<string, string> Integers { get; } = new Dictionary<string, string>
    {
        ["off"] = "the request's offset",
        ["len"] = "the request's length",
        ["isize"] = "the file size before the write",
        ["end"] = "off + len",
        ["S"] = "the sector size",
        ["B"] = "the block size",
        ["M"] = "the largest BIO, in bytes",
        ["firstNewBlock"] = "the start of the first block the write allocates",
        ["allocEnd"] = "the end of the blocks allocation got",
        ["cut"] = "where the request is cut by ENOSPC (end when it is not)",
        ["lowestFailedStart"] = "the start of the lowest failed BIO (cut while none failed)",
        ["okBytes"] = "the bytes of the BIOs that completed ok",
        ["highestOkEnd"] = "the end of the highest ok BIO (off while none)",
        ["okBytesBeforeFailure"] = "the ok bytes that arrived before the first failed arrival",
        ["P"] = "the tracked prefix: lowestFailedStart - off",
        ["EIO"] = "-5, the return value of an I/O error",
        ["ENOSPC"] = "-28, the return value of a full device",
    };

    /// <summary>Boolean names.</summary>
    public static IReadOnlyDictionary<string, string> Booleans { get; } = new Dictionary<string, string>
    {
        ["isCut"] = "ENOSPC cut the request (cut < end)",
        ["anyFailed"] = "some BIO failed with EIO",
        ["failureArrived"] = "a failed BIO has arrived",
    };

    /// <summary>Functions, each over two integers.</summary>
    public static IReadOnlyDictionary<string, string> Functions { get; } = new Dictionary<string, string>
    {
        ["min"] = "min(x, y)",
        ["max"] = "max(x, y)",
        ["roundUp"] = "roundUp(x, unit): the smallest multiple of unit at or above x",
        ["roundDown"] = "roundDown(x, unit): the largest multiple of unit at or below x",
    };

    /// <summary>Words with a meaning of their own, which a <c>let</c> cannot take.</summary>
    public static IReadOnlySet<string> Keywords { get; } = new HashSet<string>
    {
        "rule", "description", "violates", "let", "return", "size", "keep", "written", "if", "then", "else", "true", "false",
        "fold", "commutative",
    };

    /// <summary>
    /// The names fixed before any BIO completes (the request, its geometry, the errno constants): all a fold's initial
    /// value may read, and, with <c>end</c> taken by the BIO, what its update may read of the request.
    /// </summary>
    public static IReadOnlyList<string> Request { get; } =
        ["off", "len", "isize", "end", "S", "B", "M", "firstNewBlock", "allocEnd", "cut", "isCut", "EIO", "ENOSPC"];

    /// <summary>The completing BIO inside a fold's update: its start and end (<c>[start, end)</c>) and whether it completed ok.</summary>
    public static IReadOnlyDictionary<string, RuleType> Bio { get; } = new Dictionary<string, RuleType>
    {
        ["start"] = RuleType.Integer,
        ["end"] = RuleType.Integer,
        ["ok"] = RuleType.Boolean,
    };

    public static bool IsBuiltin(string name) => Integers.ContainsKey(name) || Booleans.ContainsKey(name) || Functions.ContainsKey(name);
}
