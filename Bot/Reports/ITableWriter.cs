namespace RightsBot.Reports;

/// <summary>Writes a table row by row to a stream (CSV or XLSX), never holding the whole table in memory.</summary>
public interface ITableWriter : IAsyncDisposable
{
    Task WriteRowAsync(IReadOnlyList<object?> cells, CancellationToken ct);

    Task CompleteAsync(CancellationToken ct);
}
