using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Traces;

/// <summary>Totals of a whole trace audit, and the exit code they call for (0 every write conforms, 1 some write violates).</summary>
public sealed class AuditSummary
{
    // Indexed by PropertyId (1..7); slot 0 unused.
    private readonly long[] _holds = new long[8];
    private readonly long[] _violated = new long[8];
    private readonly long[] _undecided = new long[8];

    /// <summary>At most this many files and sizes are tallied apart; the writes of the rest go to one "other" group, so memory stays bounded.</summary>
    public const int MaxGroups = 1000;

    private readonly Dictionary<string, GroupTally> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<long, GroupTally> _bySize = [];
    private GroupTally? _otherFiles;
    private GroupTally? _otherSizes;

    public AuditSummary(string file)
    {
        File = file;
    }

    /// <summary>Why P5 and P6 are never decided from a v1 trace.</summary>
    public static IReadOnlyDictionary<PropertyId, string> TraceLimitations { get; } = new Dictionary<PropertyId, string>
    {
        [PropertyId.P5] = "needs block geometry (block size, kept blocks), which a v1 trace does not carry",
        [PropertyId.P6] = "needs more than one completion order of the same outcomes; a trace records one",
    };

    public string File { get; }

    public long Writes { get; private set; }

    /// <summary>Writes with no violated property (some may have undecided ones).</summary>
    public long Conforming { get; private set; }

    public long Violating { get; private set; }

    /// <summary>Writes of a recording that lost events: not judged, so neither conforming nor violating.</summary>
    public long Incomplete { get; private set; }

    /// <summary>Conforming writes that leave one of P1–P4 or P7 undecided (in-flight BIOs, or no size for P4).</summary>
    public long Undecided { get; private set; }

    /// <summary>Trace lines and bytes read.</summary>
    public long Lines { get; internal set; }

    public long Bytes { get; internal set; }

    public bool AllConform => Violating == 0 && Incomplete == 0;

    /// <summary>
    /// The CLI's exit code for a well-formed trace: 0 every write conforms, 1 some write violates, 2 none
    /// violates but some could not be judged because the recording lost events (unknown, never conforms).
    /// </summary>
    public int ExitCode => Violating > 0 ? 1 : Incomplete > 0 ? 2 : 0;

    /// <summary>Per file the trace names (recordings name them), in first-seen order.</summary>
    public IReadOnlyDictionary<string, GroupTally> ByFile => _byFile;

    /// <summary>Writes of files beyond the first <see cref="MaxGroups"/>, or null.</summary>
    public GroupTally? OtherFiles => _otherFiles;

    /// <summary>Per write length.</summary>
    public IReadOnlyDictionary<long, GroupTally> BySize => _bySize;

    /// <summary>Writes of lengths beyond the first <see cref="MaxGroups"/>, or null.</summary>
    public GroupTally? OtherSizes => _otherSizes;

    public PropertyTally this[PropertyId id] => new(_holds[(int)id], _violated[(int)id], _undecided[(int)id]);

    internal void Add(WriteAudit audit)
    {
        Writes++;
        if (audit.File is { } file) Group(_byFile, file, ref _otherFiles).Add(audit);
        Group(_bySize, audit.Length, ref _otherSizes).Add(audit);
        var undecided = false;
        foreach (var id in PropertyVerdicts.Ids)
        {
            switch (audit.Verdicts[id])
            {
                case true:
                    _holds[(int)id]++;
                    break;
                case false:
                    _violated[(int)id]++;
                    break;
                default:
                    _undecided[(int)id]++;
                    undecided |= id is not (PropertyId.P5 or PropertyId.P6);
                    break;
            }
        }

        if (audit.Violates) Violating++;
        else if (audit.Incomplete) Incomplete++;
        else
        {
            Conforming++;
            if (undecided) Undecided++;
        }
    }

    private static GroupTally Group<TKey>(Dictionary<TKey, GroupTally> groups, TKey key, ref GroupTally? other)
        where TKey : notnull
    {
        if (groups.TryGetValue(key, out var tally)) return tally;
        if (groups.Count >= MaxGroups) return other ??= new GroupTally();
        tally = new GroupTally();
        groups.Add(key, tally);
        return tally;
    }
}
