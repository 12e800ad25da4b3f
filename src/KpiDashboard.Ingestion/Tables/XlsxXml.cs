using System.Text;
using System.Xml;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>Reading the XML parts of a package in bounded memory: no DTD, and text read in chunks up to a limit.</summary>
internal static class XlsxXml
{
    public static XmlReader Open(Stream part) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    /// <summary>
    /// Appends the text of the element the reader is on and leaves the reader on its end. Text beyond <paramref name="max"/>
    /// characters in all is read and dropped, never held: the result is false then.
    /// </summary>
    public static bool AppendText(XmlReader reader, StringBuilder text, int max, char[] chunk)
    {
        if (reader.IsEmptyElement) return true;
        var depth = reader.Depth;
        var fits = true;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) continue;
            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                if (fits && text.Length + read <= max) text.Append(chunk, 0, read);
                else fits = false;
            }
        }
        return fits;
    }

    /// <summary>The texts of a string item (&lt;si&gt; or &lt;is&gt;): its runs, without the phonetic hints; the reader ends on its end.</summary>
    public static bool AppendStringItem(XmlReader reader, StringBuilder text, int max, char[] chunk)
    {
        if (reader.IsEmptyElement) return true;
        var depth = reader.Depth;
        var fits = true;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t") fits &= AppendText(reader, text, max, chunk);
            reader.Read();
        }
        return fits;
    }
}
