namespace KpiDashboard.UnitTests.Forms;

/// <summary>
/// A formula without a saved result is worked out only when it is a total as forms write them, over plain values: ClosedXML
/// evaluated any formula recursively, so a chain of a few thousand formulas overflowed the stack and ended the process (the
/// web server with it), and REPT built strings of any size.
/// </summary>
public sealed class HostileFormulasTests
{
    /// <summary>On a thread with a request thread's stack, where the overflow happened.</summary>
    private static Ingestion.Forms.Form06Reader.Result ReadOnSmallStack(FormWorkbook form)
    {
        Ingestion.Forms.Form06Reader.Result? result = null;
        var thread = new Thread(() => result = FormRead.Read(form), 1024 * 1024);
        thread.Start();
        thread.Join();
        return result!;
    }

    [Fact]
    public void A_chain_of_formulas_is_not_followed()
    {
        using var form = new FormWorkbook();
        var row = form.Add("1", "Sở hữu trí tuệ", null, 4, 5, 0, 9, 8, 1, 0, 0, 0, 0);
        form.Sheet.Cell(row, 3).FormulaA1 = "AA1";
        for (var r = 1; r < 4_000; r++) form.Sheet.Cell(r, 27).FormulaA1 = $"AA{r + 1}";
        form.Sheet.Cell(4_000, 27).Value = 9;

        var result = ReadOnSmallStack(form);

        Assert.Empty(result.File.Errors);
        var figures = Assert.Single(result.File.Rows);
        Assert.Equal(9, figures.Values.Handled);
    }

    [Fact]
    public void A_formula_other_than_a_total_is_not_evaluated()
    {
        using var form = new FormWorkbook();
        var row = form.Add("1", "Sở hữu trí tuệ", null, 4, 5, 0, 9, 8, 1, 0, 0, 0, 0);
        form.Sheet.Cell(row, 6).FormulaA1 = "VALUE(REPT(\"7\",3))";

        var result = FormRead.Read(form);

        var figures = Assert.Single(result.File.Rows);
        Assert.Null(figures.Values.CarriedOver);
    }

    [Fact]
    public void A_sum_over_plain_values_is_still_evaluated_and_checked()
    {
        using var form = new FormWorkbook();
        var row = form.Add("1", "Sở hữu trí tuệ", null, 4, 5, 0, 9, 8, 1, 0, 0, 0, 0);
        form.Sheet.Cell(row, 3).FormulaA1 = "SUM(D" + row + ":F" + row + ")+1";

        var result = FormRead.Read(form);

        Assert.Contains(result.File.Errors, e => e.Code == "identity_broken" && e.Column == $"C{row}");
    }
}
