using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using Xunit;

namespace DioVerify.Properties.Tests;

/// <summary>The catalog's (policy, property) pairs as theory data, and policies by name.</summary>
public static class PolicyPairs
{
    /// <summary>The pairs a policy must satisfy (or, with <paramref name="holding"/> false, is planted to break).</summary>
    public static TheoryData<string, PropertyId> Pairs(bool holding)
    {
        var data = new TheoryData<string, PropertyId>();
        foreach (var policy in PolicyCatalog.Builtin.Policies)
        {
            foreach (var property in PropertyCatalog.All.Where(p => policy.Expected.Holds(p) == holding))
            {
                data.Add(policy.Name, property);
            }
        }

        return data;
    }

    public static IPolicy Policy(string name) =>
        PolicyCatalog.Builtin.Find(name) ?? throw new ArgumentException($"no policy named {name}");
}
