using System.Text.RegularExpressions;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.External;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using DioVerify.Smt.Solving;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// The self-contained SMT-LIB2 export of an obligation: a header naming what it proves, QF_LIA, one
/// <c>(check-sat)</c> per query it announces, and the same verdict from the z3 and cvc5 command-line
/// solvers as from the in-process prover (all unsat: proved; any sat: refuted). The in-process verdicts at
/// these bounds are the catalog's, which ProverVerdictsMatchTheCatalog checks.
/// </summary>
public sealed partial class SmtLib2ExportReSolvesInTheCommandLineSolvers(SmtLib2ExportReSolvesInTheCommandLineSolvers.Exports exports, ITestOutputHelper output)
    : IClassFixture<SmtLib2ExportReSolvesInTheCommandLineSolvers.Exports>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A proof and a refutation of a per-run property, and of P6 by the lemma and by self-composition.</summary>
    private static readonly (string Policy, PropertyId Property, int Bios)[] CliObligations =
    [
        ("contiguous-prefix", PropertyId.P1, 1),
        ("naive-partial", PropertyId.P1, 1),
        ("contiguous-prefix", PropertyId.P6, 2),
        ("arrival-cutoff", PropertyId.P6, 2),
    ];

    [Theory]
    [InlineData("contiguous-prefix", PropertyId.P1, 1)]
    [InlineData("naive-partial", PropertyId.P1, 2)]
    public void The_script_starts_with_a_header_naming_policy_property_and_bound_and_asks_one_check_sat_per_announced_query_covering_every_BIO_count_and_geometry(string policyName, PropertyId property, int bios)
    {
        var script = Export(policyName, property, bios, out _);
        var lines = script.Split('\n');
        var header = lines.TakeWhile(line => line.StartsWith(';')).ToList();

        Assert.StartsWith("; DioVerify proof obligation (dioverify-tests)", lines[0]);
        Assert.Contains($"; policy:   {policyName}", header);
        Assert.Contains(header, line => line.StartsWith($"; property: {property} {PropertyCatalog.NameOf(property)}", StringComparison.Ordinal));
        Assert.Contains($"; bound:    bios<={bios}", header);
        Assert.Contains("(set-logic QF_LIA)", lines);
        var announced = Announced(header);
        Assert.Equal(announced, lines.Count(line => line.Trim() == "(check-sat)"));
        var cases = lines.Where(line => line.StartsWith("; case: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(announced, cases.Count);
        for (var n = 0; n <= bios; n++)
        {
            foreach (var g in DeviceGeometry.Family)
            {
                Assert.Contains(cases, line => line.StartsWith($"; case: {n} BIOs, geometry {g.Name}", StringComparison.Ordinal));
            }
        }

        Assert.DoesNotContain(cases, line => line.StartsWith($"; case: {bios + 1} BIOs", StringComparison.Ordinal));
    }

    [Fact]
    public void An_order_independence_obligation_proved_by_the_lemma_exports_the_lemma_as_one_query()
    {
        var script = Export("contiguous-prefix", PropertyId.P6, 2, out _);
        var header = script.Split('\n').TakeWhile(line => line.StartsWith(';')).ToList();

        Assert.Contains(header, line => line.StartsWith("; method:   induction-over-arrivals: induction over arrivals", StringComparison.Ordinal));
        Assert.Equal(1, Announced(header));
        Assert.Single(Regex.Matches(script, @"\(check-sat\)"));
    }

    [Fact]
    public void Exporting_the_same_obligation_twice_gives_the_same_text()
    {
        var obligation = new Obligation(PolicyCatalog.Builtin.Find("naive-partial")!, PropertyId.P1, 1);

        Assert.Equal(exports.Fresh(obligation), exports.Fresh(obligation));
    }

    [FactWhenTool("z3", "z3")]
    public void The_z3_CLI_parses_every_query_and_gives_the_verdict_the_prover_gives_in_process() => AssertCliAgrees(ExternalSolver.Z3);

    [FactWhenTool("cvc5", "cvc5")]
    public void The_cvc5_CLI_parses_every_query_and_gives_the_verdict_the_prover_gives_in_process() => AssertCliAgrees(ExternalSolver.Cvc5);

    private void AssertCliAgrees(ExternalSolver solver)
    {
        foreach (var (policyName, property, bios) in CliObligations)
        {
            var script = Export(policyName, property, bios, out var path);

            // Each fault here is refuted within the bound: naive-partial P1 by one BIO, arrival-cutoff P6 by two.
            var expected = PolicyCatalog.Builtin.Find(policyName)!.Expected.Holds(property) ? SolverVerdict.Unsat : SolverVerdict.Sat;

            // Every query parses: the script without its (check-sat) lines is read without a word.
            var parseOnly = Path.ChangeExtension(path, ".parse-only.smt2");
            File.WriteAllLines(parseOnly, script.Split('\n').Where(line => line.Trim() != "(check-sat)"));
            var (exitCode, stdout, stderr) = ExternalTool.Run(solver.Executable, CliTimeout, [.. solver.Arguments, parseOnly]);
            Assert.True(exitCode == 0 && (stdout + stderr).Trim().Length == 0, $"{solver.Name} on {parseOnly}: exit {exitCode}, output {stdout}{stderr}");

            var (verdict, detail, elapsed) = solver.Solve(path, CliTimeout);
            output.WriteLine($"{solver.Name} {Path.GetFileName(path)}: {verdict} ({detail}) in {elapsed.TotalSeconds:0.00} s");
            if (verdict == SolverVerdict.Unsat)
            {
                // A proof is read only when every announced query was answered unsat.
                Assert.StartsWith($"{Announced(script.Split('\n').TakeWhile(line => line.StartsWith(';')))} ", detail);
            }

            Assert.Equal(expected, verdict);
        }
    }

    private string Export(string policyName, PropertyId property, int bios, out string path) =>
        exports.Script(new Obligation(PolicyCatalog.Builtin.Find(policyName)!, property, bios), out path);

    /// <summary>
    /// One prover for the class, so each policy's order lemma is decided once (for arrival-cutoff it is
    /// satisfiable, which takes the solver up to seconds), and each script is exported and written once.
    /// </summary>
    public sealed class Exports : IDisposable
    {
        private readonly Z3Session session = new();
        private readonly Prover prover;
        private readonly string directory = Directory.CreateTempSubdirectory("dioverify-export-").FullName;
        private readonly Dictionary<string, (string Script, string Path)> scripts = [];

        public Exports() => prover = new Prover(session, TimeSpan.FromSeconds(60), "dioverify-tests");

        public string Script(Obligation obligation, out string path)
        {
            lock (scripts)
            {
                if (!scripts.TryGetValue(obligation.FileStem, out var exported))
                {
                    var script = prover.SmtLib2(obligation);
                    exported = (script, System.IO.Path.Combine(directory, obligation.FileStem + ".smt2"));
                    File.WriteAllText(exported.Path, script);
                    scripts[obligation.FileStem] = exported;
                }

                path = exported.Path;
                return exported.Script;
            }
        }

        /// <summary>An export by a new prover on the shared session, bypassing the cache.</summary>
        public string Fresh(Obligation obligation) => new Prover(session, TimeSpan.FromSeconds(60), "dioverify-tests").SmtLib2(obligation);

        public void Dispose()
        {
            session.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Announced(IEnumerable<string> header)
    {
        var match = header.Select(line => QueryCount().Match(line)).FirstOrDefault(m => m.Success);
        Assert.True(match is not null, "the header does not say how many queries the script asks");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^; (\d+) quer(?:y|ies)\b")]
    private static partial Regex QueryCount();
}
