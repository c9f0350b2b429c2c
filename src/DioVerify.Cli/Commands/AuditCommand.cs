using System.CommandLine;

namespace DioVerify.Cli.Commands;

/// <summary><c>dioverify audit</c>: conformance of other implementations to the spec, one subcommand per kind of evidence.</summary>
public static class AuditCommand
{
    public static Command Create() =>
        new("audit", "Audit implementations against the spec: traces of any engine (audit trace) and this machine's kernel (audit kernel)")
        {
            TraceAuditCommand.Create(),
            KernelAuditCommand.Create(),
        };
}
