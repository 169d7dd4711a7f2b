using System.Text;

namespace RightsBot.Reports;

/// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel shows Chinese), formula-injection safe.</summary>
public sealed class CsvTableWriter(Stream stream) : ITableWriter
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };

    public async Task WriteRowAsync(IReadOnlyList<object?> cells, CancellationToken ct)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var text = cells[i] is string s ? CellText.Neutralize(s) : CellText.Format(cells[i]);
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(text);
            }
        }

        await _writer.WriteLineAsync().WaitAsync(ct);
    }

    public Task CompleteAsync(CancellationToken ct) => _writer.FlushAsync(ct);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
