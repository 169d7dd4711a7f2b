using System.IO.Compression;
using System.Text;
using System.Xml;

namespace RightsBot.Reports;

/// <summary>
/// A one-sheet XLSX file written forward-only: a ZIP archive in create mode (entries stream straight to the output)
/// with the sheet written by an <see cref="XmlWriter"/>, so memory stays flat whatever the number of rows. Text is
/// written as inline strings, so a value such as "=HYPERLINK(…)" stays text and is never a formula; numbers stay
/// numbers.
/// </summary>
public sealed class XlsxTableWriter : ITableWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly ZipArchive _zip;
    private readonly Stream _sheetStream;
    private readonly XmlWriter _sheet;
    private bool _completed;

    public XlsxTableWriter(Stream stream, string sheetName)
    {
        _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        WriteEntry("[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        WriteEntry("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        WriteEntry("xl/workbook.xml",
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            $"<sheets><sheet name=\"{System.Security.SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        WriteEntry("xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        _sheetStream = _zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        _sheet = XmlWriter.Create(_sheetStream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false });
        _sheet.WriteStartDocument(standalone: true);
        _sheet.WriteStartElement("worksheet", Main);
        _sheet.WriteStartElement("sheetData", Main);
    }

    public Task WriteRowAsync(IReadOnlyList<object?> cells, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        _sheet.WriteStartElement("row", Main);
        foreach (var value in cells)
        {
            _sheet.WriteStartElement("c", Main);
            switch (value)
            {
                case null:
                    break;
                case int or long or decimal or double:
                    _sheet.WriteElementString("v", Main, CellText.Format(value));
                    break;
                default:
                    _sheet.WriteAttributeString("t", "inlineStr");
                    _sheet.WriteStartElement("is", Main);
                    _sheet.WriteStartElement("t", Main);
                    _sheet.WriteAttributeString("xml", "space", null, "preserve");
                    _sheet.WriteString(XmlSafe(CellText.Format(value)));
                    _sheet.WriteEndElement();
                    _sheet.WriteEndElement();
                    break;
            }

            _sheet.WriteEndElement();
        }

        _sheet.WriteEndElement();
        return Task.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken ct)
    {
        if (!_completed)
        {
            _completed = true;
            _sheet.WriteEndElement();
            _sheet.WriteEndElement();
            _sheet.WriteEndDocument();
            _sheet.Flush();
            _sheet.Dispose();
            _sheetStream.Dispose();
            _zip.Dispose();
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await CompleteAsync(CancellationToken.None);

    private void WriteEntry(string name, string content)
    {
        using var entry = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Drops characters XML cannot carry (control characters a worker's message may contain).</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string([.. text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r')]) : text;
}
