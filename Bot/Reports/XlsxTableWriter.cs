using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RightsBot.Reports;

/// <summary>
/// An XLSX sheet written with the Open XML SDK's forward-only writer (bounded memory). Text is written as inline
/// strings, so a value such as "=HYPERLINK(…)" stays text and is never a formula; numbers stay numbers.
/// </summary>
public sealed class XlsxTableWriter : ITableWriter
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;
    private bool _completed;

    public XlsxTableWriter(Stream stream, string sheetName)
    {
        _document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        _writer = OpenXmlWriter.Create(sheetPart);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new SheetData());
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
    }

    public Task WriteRowAsync(IReadOnlyList<object?> cells, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        _writer.WriteStartElement(new Row());
        foreach (var value in cells)
        {
            switch (value)
            {
                case null:
                    _writer.WriteElement(new Cell());
                    break;
                case int or long or decimal or double:
                    _writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(CellText.Format(value)) });
                    break;
                default:
                    _writer.WriteElement(new Cell(new InlineString(new Text(CellText.Format(value)) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString });
                    break;
            }
        }

        _writer.WriteEndElement();
        return Task.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken ct)
    {
        if (!_completed)
        {
            _writer.WriteEndElement();
            _writer.WriteEndElement();
            _writer.Close();
            _completed = true;
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await CompleteAsync(CancellationToken.None);
        _document.Dispose();
    }
}
