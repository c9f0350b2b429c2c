namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Every mutant of the suite: one faulty policy per checker blind spot, and correct rules written unusually.</summary>
public static class MutantCatalog
{
    public static IReadOnlyList<IMutant> All { get; } =
    [
        new FaultFromFourBios(),
        new FaultFromEightBios(),
        new FaultFromSeventeenBios(),
        new FaultFromSixtyFourBios(),
        new FaultOnKibSectors(),
        new FaultWhenBioDoesNotDivideBlock(),
        new FaultNearTopOfRange(),
        new FaultOnSixteenKibBlocks(),
        new FaultOnThreeSectorBios(),
        new PrefixAsCutMinusUnreported(),
        new PrefixFromHighestOkWhenClean(),
        new PrefixCappedByOkBytes(),
    ];

    public static IMutant Find(string name) => All.Single(m => m.Name == name);
}
