using System.Globalization;
using System.Xml.Linq;

namespace KpiDashboard.IntegrationTests.Maps;

/// <summary>A map's SVG read as XML: its linked units, their fills and titles, the archipelagos' paths.</summary>
internal sealed class MapSvgDocument
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public MapSvgDocument(string markup) => Root = XElement.Parse(markup);

    public XElement Root { get; }

    public IReadOnlyList<XElement> Links => [.. Root.Descendants(Svg + "a")];

    public IEnumerable<string> Hrefs => Links.Select(a => (string)a.Attribute("href")!);

    public XElement Unit(string code) => Root.Descendants().Single(e => (string?)e.Attribute("data-code") == code);

    public string Title(string code) => Unit(code).Element(Svg + "title")!.Value;

    public string Fill(string code) => (string)Unit(code).Elements(Svg + "path").First().Attribute("fill")!;

    public IReadOnlyList<XElement> Archipelago(string name) =>
        [.. Root.Descendants(Svg + "path").Where(p => (string?)p.Attribute("data-archipelago") == name)];

    public IEnumerable<XElement> Insets => Root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "insets").Elements(Svg + "rect");

    public string Legend => Root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Value;

    /// <summary>The points of a path's "M x yL x y…Z" data.</summary>
    public static IEnumerable<(double X, double Y)> Points(XElement path) =>
        ((string)path.Attribute("d")!).Split(['M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var xy = p.Split(' ');
            return (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture));
        });

    public static bool Inside((double X, double Y) p, XElement rect)
    {
        double V(string name) => double.Parse((string)rect.Attribute(name)!, CultureInfo.InvariantCulture);
        return p.X >= V("x") && p.X <= V("x") + V("width") && p.Y >= V("y") && p.Y <= V("y") + V("height");
    }
}
