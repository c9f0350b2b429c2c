namespace DioVerify.Engine.RuleFiles;

/// <summary>The two types of the rule language; the checker keeps them apart (no truthy integers).</summary>
public enum RuleType
{
    Integer,
    Boolean,
}
