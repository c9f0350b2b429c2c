using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Traces;

/// <summary>Three-valued verdicts of P1–P7 for one write: <c>true</c> holds, <c>false</c> violated, <c>null</c> undecidable.</summary>
public readonly record struct PropertyVerdicts
{
    // One bit per property (bit id-1): decided at all, and if decided whether it holds.
    private readonly byte _decided;
    private readonly byte _holds;

    private PropertyVerdicts(byte decided, byte holds)
    {
        _decided = decided;
        _holds = holds;
    }

    /// <summary>Every property undecided.</summary>
    public static PropertyVerdicts Undecided => default;

    public static IReadOnlyList<PropertyId> All => Ids;

    /// <summary>P1..P7 as an array, so hot loops iterate without an enumerator allocation.</summary>
    internal static readonly PropertyId[] Ids = Enum.GetValues<PropertyId>();

    /// <summary>The properties a v1 trace can decide (P5 and P6 it cannot).</summary>
    internal static readonly PropertyId[] Decidable = [PropertyId.P1, PropertyId.P2, PropertyId.P3, PropertyId.P4, PropertyId.P7];

    public bool? this[PropertyId id]
    {
        get
        {
            var bit = Bit(id);
            return (_decided & bit) == 0 ? null : (_holds & bit) != 0;
        }
    }

    /// <summary>A copy with <paramref name="id"/> set to <paramref name="verdict"/>.</summary>
    public PropertyVerdicts With(PropertyId id, bool? verdict)
    {
        var bit = Bit(id);
        var decided = verdict is null ? _decided & ~bit : _decided | bit;
        var holds = verdict == true ? _holds | bit : _holds & ~bit;
        return new PropertyVerdicts((byte)decided, (byte)holds);
    }

    /// <summary>Some property is definitely violated.</summary>
    public bool AnyViolated => (_decided & ~_holds) != 0;

    /// <summary>The violated properties, in order.</summary>
    public IEnumerable<PropertyId> Violated
    {
        get
        {
            var self = this;
            return Ids.Where(id => self[id] == false);
        }
    }

    private static int Bit(PropertyId id)
    {
        if (id is < PropertyId.P1 or > PropertyId.P7) throw new ArgumentOutOfRangeException(nameof(id));
        return 1 << ((int)id - 1);
    }
}
