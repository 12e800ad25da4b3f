using System.Text.Encodings.Web;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KpiDashboard.Web.Pages;

/// <summary>
/// <c>&lt;kpi-cell kpi="…" figures="…" optional="…" /&gt;</c>: one KPI of some figures as a table cell, the same on every
/// page: the count or rate in the page's format, "*" when it is over incomplete figures (a lower bound); optional cells
/// are the ones a phone hides behind "more columns".
/// </summary>
/// <remarks>
/// A tag helper rather than a partial view: a page that misses the cache writes hundreds of cells (the province page's
/// communes and fields, the overview's provinces), and a partial per cell was most of the view's CPU.
/// </remarks>
[HtmlTargetElement("kpi-cell", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KpiCell : TagHelper
{
    public Kpi Kpi { get; set; } = null!;

    public Figures Figures { get; set; } = null!;

    public bool Optional { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(new Cell(Kpi.Key, Kpi.Count is not null ? Ui.Count(Kpi.Count(Figures)) : Ui.Percent(Kpi.Rate!(Figures)),
            Optional, Kpi.IsIncomplete(Figures)));
    }

    /// <summary>The cell as the partial view wrote it, its line break included.</summary>
    private sealed record Cell(string Key, string Text, bool Optional, bool Incomplete) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write(Optional ? "<td class=\"opt\" data-kpi=\"" : "<td data-kpi=\"");
            encoder.Encode(writer, Key);
            writer.Write("\">");
            encoder.Encode(writer, Text);
            writer.Write(Incomplete ? "*</td>\n" : "</td>\n");
        }
    }
}
