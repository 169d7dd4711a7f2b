using RightsBot.Audit;

namespace RightsBot.Reports;

/// <summary>Wires exports, statistics tables, demo data and the audit log.</summary>
public static class ReportsRegistration
{
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CaseExporter>();
        builder.Services.AddScoped<StatisticsReport>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<Dashboard.DashboardQueries>();
        return builder;
    }
}
