using DioVerify.Smt.External;
using Xunit;

namespace DioVerify.Smt.Tests.External;

/// <summary>The expected number of answers is the number of queries in the text sent, and nothing else that looks like one.</summary>
public sealed class SmtLib2QueriesCountTopLevelCheckSats
{
    [Fact]
    public void Each_top_level_check_sat_is_one_query()
    {
        Assert.Equal(3, SmtLib2Queries.Count("(check-sat)\n(reset)\n( check-sat )(check-sat-assuming (a))"));
    }

    [Fact]
    public void Check_sat_in_comments_strings_and_quoted_symbols_is_not_a_query()
    {
        const string script = "; case: (check-sat) before\n(echo \"(check-sat) \"\" (check-sat)\")\n(declare-const |(check-sat)| Bool)\n(check-sat)\n";

        Assert.Equal(1, SmtLib2Queries.Count(script));
    }

    [Fact]
    public void A_nested_check_sat_is_not_a_command()
    {
        Assert.Equal(0, SmtLib2Queries.Count("(assert (check-sat))\n(check-satx)"));
    }
}
