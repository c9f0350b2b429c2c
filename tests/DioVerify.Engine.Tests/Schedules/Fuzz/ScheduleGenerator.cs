using System.Collections.Immutable;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;

namespace DioVerify.Engine.Tests.Schedules.Fuzz;

/// <summary>Valid schedules of a few BIOs from a seeded random source, with and without the optional fields.</summary>
internal sealed class ScheduleGenerator(Random rng)
{
    public Schedule Next()
    {
        while (true)
        {
            var sector = rng.Next(2) == 0 ? 512L : 4096L;
            var block = sector * (1L << rng.Next(4));
            var maxBio = sector * rng.Next(1, 9);
            var offset = sector * rng.Next(0, 20);
            var length = sector * rng.Next(1, 40);
            var fileSize = rng.Next(3) == 0 ? 0 : rng.NextInt64(0, 40_000);
            long? free = rng.Next(3) == 0 ? rng.Next(0, 12) : null;
            var request = new WriteRequest(offset, length, fileSize, block, sector, maxBio);
            if (request.Validate() is not null) continue;
            var bios = ConcreteLayout.Of(request, free).Count;
            if (bios > 12) continue;

            var outcomes = Enumerable.Range(0, bios).Select(_ => rng.Next(3) == 0 ? BioStatus.Eio : BioStatus.Ok).ToImmutableArray();
            return new Schedule(request, free, outcomes, Shuffled(bios))
            {
                Policy = rng.Next(3) == 0 ? PolicyCatalog.Builtin.Policies[rng.Next(PolicyCatalog.Builtin.Policies.Count)].Name : null,
                Property = rng.Next(3) == 0 ? PropertyCatalog.All[rng.Next(PropertyCatalog.All.Count)] : null,
                ProducedBy = rng.Next(3) == 0 ? "dioverify 0.1.0" : null,
                AlternateArrival = rng.Next(4) == 0 ? Shuffled(bios) : null,
            };
        }
    }

    private ImmutableArray<int> Shuffled(int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        rng.Shuffle(order);
        return [.. order];
    }
}
