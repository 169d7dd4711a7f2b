using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Audit;
using RightsBot.Cases;
using RightsBot.Reports;
using RightsBot.Tests.Support;

namespace RightsBot.Tests.Reports;

public sealed class ExportTests(BotServerFixture fixture) : IClassFixture<BotServerFixture>
{
    private readonly BotServer _server = fixture.Server;
    private static int _seeded;

    private async Task SeedAsync()
    {
        if (Interlocked.Exchange(ref _seeded, 1) == 1)
        {
            return;
        }

        await using var scope = _server.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseService>();
        async Task<string> Add(CaseDraft draft) =>
            (await cases.SubmitAsync(draft, CaseSource.Hotline, null, Guid.NewGuid().ToString("N"), "test", [], false, CancellationToken.None)).Case.Number;

        var first = await Add(new CaseDraft { Name = "钱师傅", Phone = "13800001234", Employer = "=HYPERLINK(\"http://x\",\"点我\")", Province = "广东省", City = "深圳市", Industry = "建筑业", AmountOwedLow = 8000, AmountOwedHigh = 8000, WorkersAffected = 2 });
        await Add(new CaseDraft { Name = "孙师傅", Phone = "13800005678", Employer = "+cmd|' /C calc'!A0", Province = "广东省", City = "深圳市", Industry = "建筑业", AmountOwedLow = 12000, AmountOwedHigh = 15000, WorkersAffected = 1 });
        await Add(new CaseDraft { Anonymous = true, Employer = "@SUM(1+1)", Province = "湖北省", City = "武汉市", Industry = "制造业", AmountOwedLow = 3000, AmountOwedHigh = 3000, WorkersAffected = 1 });
        await Add(new CaseDraft { Type = CaseType.Hardship, Name = "周大姐", Phone = "13800009999", HardshipReason = "生病", Province = "湖北省", City = "武汉市" });
        await cases.ChangeStatusAsync(first, CaseStatus.Closed, null, null, "已追回", 8000, "test", CancellationToken.None);
    }

    private async Task<byte[]> ExportAsync(ExportFilter filter, ExportFormat format, bool full = false)
    {
        await SeedAsync();
        await using var scope = _server.Services.CreateAsyncScope();
        using var buffer = new MemoryStream();
        await using (ITableWriter writer = format == ExportFormat.Csv ? new CsvTableWriter(buffer) : new XlsxTableWriter(buffer, "案件"))
        {
            await scope.ServiceProvider.GetRequiredService<CaseExporter>().ExportAsync(filter, writer, full, null, CancellationToken.None);
        }

        return buffer.ToArray();
    }

    private static List<string[]> ParseCsv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else { cell.Append(c); }
        }

        return rows;
    }

    private static string Column(string[] row, string name) => row[CaseExporter.Columns.ToList().IndexOf(name)];

    [Fact]
    public async Task CsvExport_MasksPersonalFieldsAndNeutralisesFormulas()
    {
        var rows = ParseCsv(await ExportAsync(new ExportFilter { Type = CaseType.WageArrears }, ExportFormat.Csv));
        Assert.Equal(CaseExporter.Columns, rows[0]);
        Assert.Equal(3, rows.Count - 1);
        var data = rows.Skip(1).ToList();
        Assert.Equal(["138****1234", "138****5678", string.Empty], data.Select(r => Column(r, "手机号")));
        Assert.Equal(["钱**", "孙**", "匿名"], data.Select(r => Column(r, "姓名")));
        Assert.Equal(["'=HYPERLINK(\"http://x\",\"点我\")", "'+cmd|' /C calc'!A0", "'@SUM(1+1)"], data.Select(r => Column(r, "用人单位")));
        Assert.Equal(["8000", "12000", "3000"], data.Select(r => Column(r, "被欠金额下限")));
        Assert.Equal("已办结", Column(data[0], "状态"));
    }

    [Fact]
    public async Task CsvExport_Full_ShowsPersonalFields()
    {
        var rows = ParseCsv(await ExportAsync(new ExportFilter { Type = CaseType.WageArrears }, ExportFormat.Csv, full: true));
        Assert.Equal("13800001234", Column(rows[1], "手机号"));
        Assert.Equal("钱师傅", Column(rows[1], "姓名"));
    }

    [Fact]
    public async Task XlsxExport_CellByCell_TextStaysTextAndNumbersStayNumbers()
    {
        var bytes = await ExportAsync(new ExportFilter { Type = CaseType.WageArrears }, ExportFormat.Xlsx);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.DoesNotContain(sheet.Descendants<CellFormula>(), _ => true);
        string Text(Cell c) => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? string.Empty;
        var header = rows[0].Elements<Cell>().Select(Text).ToList();
        Assert.Equal(CaseExporter.Columns, header);
        var employer = rows[1].Elements<Cell>().ElementAt(header.IndexOf("用人单位"));
        Assert.Equal(CellValues.InlineString, employer.DataType!.Value);
        Assert.Equal("=HYPERLINK(\"http://x\",\"点我\")", Text(employer));
        var amount = rows[2].Elements<Cell>().ElementAt(header.IndexOf("被欠金额上限"));
        Assert.True(amount.DataType is null || amount.DataType.Value == CellValues.Number, "a number cell (no type means number)");
        Assert.Null(amount.InlineString);
        Assert.Equal("15000", Text(amount));
        Assert.Equal("138****5678", Text(rows[2].Elements<Cell>().ElementAt(header.IndexOf("手机号"))));
    }

    [Fact]
    public async Task Export_Filters_SelectTheRightCases()
    {
        Assert.Equal(2, ParseCsv(await ExportAsync(new ExportFilter { City = "武汉市" }, ExportFormat.Csv)).Count - 1);
        Assert.Single(ParseCsv(await ExportAsync(new ExportFilter { Industry = "制造业" }, ExportFormat.Csv)).Skip(1));
        Assert.Single(ParseCsv(await ExportAsync(new ExportFilter { Status = CaseStatus.Closed }, ExportFormat.Csv)).Skip(1));
        Assert.Single(ParseCsv(await ExportAsync(new ExportFilter { Type = CaseType.Hardship }, ExportFormat.Csv)).Skip(1));
        Assert.Equal(4, ParseCsv(await ExportAsync(new ExportFilter { Source = CaseSource.Hotline }, ExportFormat.Csv)).Count - 1);
        Assert.Empty(ParseCsv(await ExportAsync(new ExportFilter { From = new DateOnly(2000, 1, 1), To = new DateOnly(2000, 12, 31) }, ExportFormat.Csv)).Skip(1));
    }

    [Fact]
    public async Task Statistics_TotalsEqualTheCaseTable_AndPublicationSuppressesSmallCounts()
    {
        await SeedAsync();
        await using var scope = _server.Services.CreateAsyncScope();
        var table = await scope.ServiceProvider.GetRequiredService<StatisticsReport>().BuildAsync(new ExportFilter(), StatisticsPeriod.Month, StatisticsGrouping.Region, CancellationToken.None);
        var total = table[^1];
        Assert.Equal(StatisticsReport.Total, total.Group);
        Assert.Equal(3, total.Cases);
        Assert.Equal(1, total.Hardship);
        Assert.Equal(4, total.WorkersAffected);
        Assert.Equal(23000m, total.AmountOwed);
        Assert.Equal(8000m, total.AmountRecovered);
        Assert.Equal(1, total.Closed);
        Assert.Equal(total.Cases, table.Take(table.Count - 1).Sum(r => r.Cases));
        var shenzhen = Assert.Single(table, r => r.Group == "广东省深圳市");
        Assert.Equal(2, shenzhen.Cases);

        using var buffer = new MemoryStream();
        await using (var writer = new CsvTableWriter(buffer))
        {
            await StatisticsReport.WriteAsync(table, writer, publication: true, CancellationToken.None);
        }

        var rows = ParseCsv(buffer.ToArray());
        var published = rows.Single(r => r[1] == "广东省深圳市");
        Assert.Equal("<3", published[2]);
        Assert.Equal("—", published[4]);
        Assert.Equal("3", rows[^1][2]);
    }

    [Fact]
    public async Task ExportCommand_FullWithoutReason_IsRefused_AndExportsAreAudited()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(2, await ReportCommands.ExportAsync(["cases", "--full", "--out", Path.Combine(_server.DataDirectory, "x.csv")], output, errors, CancellationToken.None));
        Assert.Contains("--reason", errors.ToString(), StringComparison.Ordinal);

        var path = Path.Combine(_server.DataDirectory, "stats.xlsx");
        Assert.Equal(0, await ReportCommands.ExportAsync(["stats", "--format", "xlsx", "--out", path, "--Storage:DataDirectory", _server.DataDirectory], output, errors, CancellationToken.None));
        Assert.True(new FileInfo(path).Length > 0);
        await using var scope = _server.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditLog>().RecentAsync(5, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "export-stats" && a.Target == path);
    }
}
