using System.Globalization;
using RightsBot.Audit;
using RightsBot.Cases;
using RightsBot.Hosting;
using RightsBot.Storage;

namespace RightsBot.Reports;

/// <summary>
/// <c>export cases|stats --from D --to D --format csv|xlsx --out PATH</c> (+ filters) and <c>demo seed --cases N</c>.
/// The command line is an operator's tool on the server: a full (unmasked) case export needs <c>--full --reason "…"</c>
/// and is written to the audit log like every export.
/// </summary>
internal static class ReportCommands
{
    public static async Task<int> ExportAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var what = args.FirstOrDefault();
        if (what is not ("cases" or "stats"))
        {
            return CommandLine.Usage(errors, 2);
        }

        if (!TryParseFilter(args, errors, out var filter) || !TryFormat(args, errors, out var format))
        {
            return 2;
        }

        var path = CommandLine.Option(args, "--out");
        if (string.IsNullOrWhiteSpace(path))
        {
            errors.WriteLine("--out PATH is required.");
            return 2;
        }

        var full = args.Contains("--full", StringComparer.Ordinal);
        var reason = CommandLine.Option(args, "--reason");
        if (full && string.IsNullOrWhiteSpace(reason))
        {
            errors.WriteLine("A full export with personal data needs --reason \"why\"; it is recorded in the audit log.");
            return 2;
        }

        using var app = CommandHost.Create(CommandLine.PassThrough(args));
        await app.StartAsync(ct);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var progress = new Progress<long>(n => errors.Write($"\r已导出 {n:N0} 行…"));
            // An export holds workers' cases: readable by the account that asked for it only.
            await using var file = PrivateFiles.Open(path, FileMode.Create, FileAccess.Write);
            await using ITableWriter writer = format == ExportFormat.Csv ? new CsvTableWriter(file) : new XlsxTableWriter(file, what == "cases" ? "案件" : "统计表");
            long rows;
            if (what == "cases")
            {
                rows = await scope.ServiceProvider.GetRequiredService<CaseExporter>().ExportAsync(filter, writer, full, progress, ct);
            }
            else
            {
                var period = CommandLine.Option(args, "--period") == "quarter" ? StatisticsPeriod.Quarter : StatisticsPeriod.Month;
                var grouping = CommandLine.Option(args, "--group") == "industry" ? StatisticsGrouping.Industry : StatisticsGrouping.Region;
                var table = await scope.ServiceProvider.GetRequiredService<StatisticsReport>().BuildAsync(filter, period, grouping, ct);
                await StatisticsReport.WriteAsync(table, writer, args.Contains("--publication", StringComparer.Ordinal), ct);
                rows = table.Count;
            }

            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(
                Environment.UserName, full ? $"export-{what}-full" : $"export-{what}", path, reason, "command line", ct);
            errors.WriteLine();
            output.WriteLine($"{rows:N0} rows written to {path}");
            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    public static async Task<int> DemoAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        if (args.FirstOrDefault() != "seed" || !int.TryParse(CommandLine.Option(args, "--cases"), out var count) || count is < 1 or > 10_000_000)
        {
            errors.WriteLine("Usage: demo seed --cases N   (1 … 10,000,000 synthetic cases, marked as demo data)");
            return 2;
        }

        using var app = CommandHost.Create(CommandLine.PassThrough(args));
        await app.StartAsync(ct);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var seed = int.TryParse(CommandLine.Option(args, "--seed"), out var s) ? s : 20261123;
            var progress = new Progress<int>(n => errors.Write($"\r已生成 {n:N0} / {count:N0}…"));
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(count, seed, progress, ct);
            errors.WriteLine();
            output.WriteLine($"{count:N0} demo cases added (numbers DM-…; left out of real statistics unless --include-demo).");
            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static bool TryParseFilter(string[] args, TextWriter errors, out ExportFilter filter)
    {
        var form = new ExportForm
        {
            From = CommandLine.Option(args, "--from"),
            To = CommandLine.Option(args, "--to"),
            Province = CommandLine.Option(args, "--province"),
            City = CommandLine.Option(args, "--city"),
            Industry = CommandLine.Option(args, "--industry"),
            Status = CommandLine.Option(args, "--status"),
            Source = CommandLine.Option(args, "--source"),
            Type = CommandLine.Option(args, "--type"),
            IncludeDemo = args.Contains("--include-demo", StringComparer.Ordinal) ? ExportForm.On : null,
        };
        if (form.TryToFilter(out filter, out var problem))
        {
            return true;
        }

        errors.WriteLine($"Bad option: {problem}");
        return false;
    }

    private static bool TryFormat(string[] args, TextWriter errors, out ExportFormat format)
    {
        switch (CommandLine.Option(args, "--format") ?? "csv")
        {
            case "csv":
                format = ExportFormat.Csv;
                return true;
            case "xlsx":
                format = ExportFormat.Xlsx;
                return true;
            default:
                format = ExportFormat.Csv;
                errors.WriteLine("--format is csv or xlsx.");
                return false;
        }
    }
}
