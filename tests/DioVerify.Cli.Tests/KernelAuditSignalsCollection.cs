using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// The signal tests run alone: every audit starts by reclaiming what dead runs left anywhere on the machine, so a
/// concurrent test's audit could reclaim a SIGKILLed run before the run that the test starts to show it does.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelAuditSignalsCollection
{
    public const string Name = "kernel audit signals";
}
