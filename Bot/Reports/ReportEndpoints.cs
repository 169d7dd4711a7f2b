using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RightsBot.Audit;
using RightsBot.Cases;
using RightsBot.Staff.Accounts;
using RightsBot.Storage;

namespace RightsBot.Reports;

/// <summary>
/// Exports from the staff console (supervisors and admins): the case list or the statistics table as CSV or XLSX,
/// with the same filters as the command line. Personal fields stay masked unless an admin gives a reason, which is
/// audited like every export.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapPost("/staff/exports/{what}", ExportAsync).RequireAuthorization(StaffAccountsRegistration.SupervisorPolicy);
        return app;
    }

    private static async Task<IResult> ExportAsync(
        string what, [FromForm] ExportForm form, HttpContext http, CaseExporter exporter, StatisticsReport statistics, AuditLog audit,
        IOptions<StorageOptions> storage, TimeProvider time, CancellationToken ct)
    {
        if (what is not ("cases" or "stats"))
        {
            return TypedResults.Problem(title: "Export cases or stats.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!form.TryToFilter(out var filter, out var problem))
        {
            return TypedResults.Problem(title: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var format = form.Format == "xlsx" ? ExportFormat.Xlsx : ExportFormat.Csv;
        var full = what == "cases" && form.Full == ExportForm.On;
        if (full && !http.User.IsInRole(StaffRoles.Admin))
        {
            return TypedResults.Problem(title: "Only admins may export personal data in full.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (full && string.IsNullOrWhiteSpace(form.Reason))
        {
            return TypedResults.Problem(title: "A full export needs a written reason; it is recorded.", statusCode: StatusCodes.Status400BadRequest);
        }

        // Written to a private temporary file first (the XLSX zip needs it), then streamed with its length.
        var folder = Path.Combine(storage.Value.ResolveDataDirectory(), "exports-tmp");
        PrivateFiles.CreateDirectory(folder);
        var temp = PrivateFiles.Open(Path.Combine(folder, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (ITableWriter writer = format == ExportFormat.Csv ? new CsvTableWriter(temp) : new XlsxTableWriter(temp, what == "cases" ? "案件" : "统计表"))
            {
                if (what == "cases")
                {
                    await exporter.ExportAsync(filter, writer, full, null, ct);
                }
                else
                {
                    var period = form.Period == "quarter" ? StatisticsPeriod.Quarter : StatisticsPeriod.Month;
                    var grouping = form.Group == "industry" ? StatisticsGrouping.Industry : StatisticsGrouping.Region;
                    var table = await statistics.BuildAsync(filter, period, grouping, ct);
                    await StatisticsReport.WriteAsync(table, writer, form.Publication == ExportForm.On, ct);
                }
            }

            var user = http.User.Identity?.Name ?? "?";
            var action = full ? $"export-{what}-full" : $"export-{what}";
            await audit.RecordAsync(user, action, "console", full ? form.Reason!.Trim() : null, StaffAccountEndpoints.Origin(http), ct);
            temp.Position = 0;
            var name = $"{(what == "cases" ? "案件" : "统计表")}-{time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.{(format == ExportFormat.Csv ? "csv" : "xlsx")}";
            var type = format == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return TypedResults.File(temp, type, name);
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
    }
}
