using System.Net;
using System.Text.RegularExpressions;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>Just enough reading of the server-rendered HTML to find a figure by its data attributes.</summary>
internal static partial class Html
{
    /// <summary>The text of the tile of a KPI ("received", "ontime", …).</summary>
    public static string Tile(string html, string kpi)
    {
        var m = Regex.Match(html, $"<div class=\"tile\" data-kpi=\"{kpi}\">.*?<b class=\"value\">(.*?)</b>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no tile {kpi}");
        return WebUtility.HtmlDecode(m.Groups[1].Value.Trim());
    }

    /// <summary>The cell of a KPI in the table row carrying the given data attribute (data-province="25").</summary>
    public static string Cell(string html, string rowAttribute, string rowValue, string kpi)
    {
        var row = Row(html, rowAttribute, rowValue);
        var m = Regex.Match(row, $"<td[^>]*data-kpi=\"{kpi}\">(.*?)</td>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no cell {kpi} in row {rowValue}");
        return WebUtility.HtmlDecode(m.Groups[1].Value.Trim());
    }

    public static string Row(string html, string rowAttribute, string rowValue)
    {
        var m = Regex.Match(html, $"<tr(?=[^>]*\\s{rowAttribute}=\"{Regex.Escape(rowValue)}\")[^>]*>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no row {rowAttribute}={rowValue}");
        return m.Groups[1].Value;
    }

    /// <summary>The inside of the section carrying the given data attribute (data-old="30622").</summary>
    public static string Section(string html, string attribute, string value)
    {
        var m = Regex.Match(html, $"<section(?=[^>]*\\s{attribute}=\"{Regex.Escape(value)}\")[^>]*>(.*?)</section>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no section {attribute}={value}");
        return m.Groups[1].Value;
    }

    /// <summary>The data-province codes of a table's rows, in order.</summary>
    public static IReadOnlyList<string> RowKeys(string html, string rowAttribute) =>
        [.. Regex.Matches(html, $"<tr {rowAttribute}=\"([^\"]+)\">").Select(m => m.Groups[1].Value)];
}
