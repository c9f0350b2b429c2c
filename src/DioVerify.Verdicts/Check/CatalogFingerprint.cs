using System.Security.Cryptography;
using System.Text;
using DioVerify.Engine.Policies;

namespace DioVerify.Verdicts.Check;

/// <summary>A catalog as a hash of its policies' names, rules and expected verdicts, in order.</summary>
public static class CatalogFingerprint
{
    /// <summary><c>sha256:</c> and 64 hex digits.</summary>
    public static string Of(IEnumerable<IPolicy> policies)
    {
        var text = new StringBuilder();
        foreach (var p in policies) text.AppendLine($"{p.Name}\t{p.Rule}\tviolates {string.Join(",", p.Expected.Violated.Order())}");
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
