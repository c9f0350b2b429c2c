using System.CommandLine;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Reporting;

namespace DioVerify.Cli.Commands;

/// <summary><c>dioverify policies</c>: the catalog, each policy's rule and expected verdicts.</summary>
public static class PoliciesCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("text", "json");
        var command = new Command("policies", "List the policy catalog: each policy's return rule and the properties it must satisfy or is expected to violate")
        {
            format,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(format) == "json")
            {
                Console.Write(PoliciesJson.Render(PolicyCatalog.Builtin.Policies));
                return (int)ExitCode.Ok;
            }

            foreach (var policy in PolicyCatalog.Builtin.Policies)
            {
                var holds = PropertyCatalog.All.Where(policy.Expected.Holds);
                Console.WriteLine(policy.Name);
                Console.WriteLine($"  rule      {policy.Rule}");
                Console.WriteLine($"  satisfies {VerdictText.List(holds)}");
                Console.WriteLine($"  violates  {VerdictText.List(policy.Expected.Violated)}");
                foreach (var property in policy.Expected.Violated)
                {
                    Console.WriteLine($"            {property}: {policy.Expected.WhyViolated(property)}");
                }
            }

            return (int)ExitCode.Ok;
        });
        return command;
    }
}
