using Xunit.Abstractions;

namespace Apogee.Ballistics.Tests;

public class CnsCheckTests(ITestOutputHelper output)
{
    // Synthetic rows in the tests.csv layout (made-up missiles and numbers).
    private const string Synthetic = """
        date,missile_name,missile_type,apogee_km,distance_km,outcome
        2030-01-01,Test-A,ICBM,4000,1000,Success
        2030-01-02,Test-B,SRBM,90,350,Success
        2030-01-03,Test-C,IRBM,1900,750,Failure
        2030-01-04,Test-D,SLBM,900,450,Success
        2030-01-05,Test-E,SRBM,,300,Success
        2030-01-06,Test-F,SRBM,0,0,Failure
        2030-01-07,Test-G,SRBM,about 50,300,Success
        2030-01-08,Test-H,MRBM,150,600,Success
        """;

    [Fact]
    public void Lists_lofted_rows_and_counts_agreement_on_ballistic_types()
    {
        var r = CnsCheck.Run(Synthetic);
        Assert.Equal(8, r.RowsRead);
        Assert.Equal(5, r.Rows.Count); // empty, zero and unreadable figures skipped
        Assert.Equal(["Test-A", "Test-C", "Test-D"], r.Lofted.Select(x => x.Missile));
        Assert.Equal(3, r.Compared);  // failure and SLBM excluded
        Assert.Equal(2, r.Agreed);    // Test-H at 600 km on a standard arc looks like an SRBM
        Assert.Single(r.Problems);
        Assert.Contains("line 8", r.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_the_columns_says_so()
    {
        var r = CnsCheck.Run("a,b\n1,2\n");
        Assert.Empty(r.Rows);
        Assert.Equal(3, r.Problems.Count);
    }

    /// <summary>The reference check of the issue on the real CNS table; figures quoted in docs/BALLISTICS.md.</summary>
    [Fact]
    public void Reference_data_lofted_rows_and_class_agreement()
    {
        var r = CnsCheck.Run(SharedData.Read("data/cns/tests.csv"));
        output.WriteLine(r.ToText());
        Assert.Empty(r.Problems);
        Assert.True(r.Rows.Count > 150);

        // Every ICBM test with known figures that flew (not failed) is lofted and read as an ICBM.
        var icbms = r.Rows.Where(x => x is { MissileType: "ICBM", Outcome: "Success" }).ToList();
        Assert.NotEmpty(icbms);
        Assert.All(icbms, x => Assert.Equal(TrajectoryClass.Lofted, x.Trajectory));
        Assert.All(icbms, x => Assert.Equal("ICBM", x.ModelClass));
        Assert.Equal(r.LoftedCompared, r.LoftedAgreed);
        Assert.True(r.Agreed >= 0.85 * r.Compared, $"{r.Agreed}/{r.Compared}");
    }
}
