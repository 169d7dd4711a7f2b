using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Cases;
using RightsBot.Hosting;
using RightsBot.Reports;
using RightsBot.Storage;

namespace RightsBot.Benchmarks;

/// <summary>
/// Exports N demo cases (default 1,000,000) to CSV and to XLSX, in the same run as a plain query of the same rows
/// streamed to nowhere; prints time and peak working set of each phase.
/// </summary>
internal static class ExportBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var data = Directory.CreateTempSubdirectory("rightsbot-export-bench-");
        var app = BotApplication.Create(["--urls", "http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data.FullName,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await app.StartAsync();
        try
        {
            var seed = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(count, 42, null, CancellationToken.None);
            }

            Console.WriteLine($"seeded {count:N0} demo cases in {seed.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine("| phase | rows | time (s) | peak working set during phase (MB) | output (MB) |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            var filter = new ExportFilter { IncludeDemo = true };
            await PhaseAsync("plain query streamed to nowhere", async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
                long n = 0;
                await foreach (var _ in db.Set<CaseRecord>().AsNoTracking().Where(c => c.Demo).OrderBy(c => c.Id).AsAsyncEnumerable())
                {
                    n++;
                }

                return (n, 0L);
            });
            foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
            {
                var path = Path.Combine(data.FullName, "cases." + format.ToString().ToLowerInvariant());
                await PhaseAsync($"export {format}", async () =>
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    await using var file = File.Create(path);
                    await using ITableWriter writer = format == ExportFormat.Csv ? new CsvTableWriter(file) : new XlsxTableWriter(file, "案件");
                    var rows = await scope.ServiceProvider.GetRequiredService<CaseExporter>().ExportAsync(filter, writer, full: false, null, CancellationToken.None);
                    await writer.DisposeAsync();
                    return (rows, new FileInfo(path).Length);
                });
            }
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }

    private static async Task PhaseAsync(string name, Func<Task<(long Rows, long Bytes)>> phase)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(50);
            }
        });
        var clock = Stopwatch.StartNew();
        var (rows, bytes) = await phase();
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        Console.WriteLine($"| {name} | {rows:N0} | {clock.Elapsed.TotalSeconds:F1} | {peak / (1024 * 1024)} | {bytes / (1024.0 * 1024):F0} |");
    }
}
