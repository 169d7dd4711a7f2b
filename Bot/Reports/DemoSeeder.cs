using RightsBot.Cases;
using RightsBot.Cases.Regions;
using RightsBot.Cases.Validation;
using RightsBot.Storage;

namespace RightsBot.Reports;

/// <summary>
/// <c>demo seed --cases N</c>: clearly marked synthetic cases (numbers DM-…, <c>Demo</c> set, no personal data) with
/// plausible regions, employers, amounts and status histories, for trying the product and for benchmarks. Real
/// statistics and exports leave them out unless asked.
/// </summary>
public sealed class DemoSeeder(SqliteConnectionFactory connections, RegionCatalog regions, TimeProvider time)
{
    private static readonly string[] EmployerWords = ["宏达", "顺发", "建兴", "华安", "永盛", "鑫源", "东方", "长城", "金鹏", "恒通"];
    private static readonly string[] EmployerKinds = ["建筑劳务有限公司", "装饰工程队", "电子厂", "物流公司", "餐饮店", "制衣厂"];
    private static readonly string[] Jobs = ["钢筋工", "木工", "普工", "司机", "厨师", "保洁", "焊工", "快递员"];

    public async Task<int> SeedAsync(int count, int randomSeed, IProgress<int>? progress, CancellationToken ct)
    {
        var random = new Random(randomSeed);
        var now = time.GetUtcNow();
        var provinces = regions.Provinces;
        await using var connection = await connections.OpenAsync(ct);
        var start = 0;
        await using (var max = connection.CreateCommand())
        {
            max.CommandText = "SELECT COUNT(*) FROM cases WHERE Demo = 1";
            start = Convert.ToInt32(await max.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        const int Batch = 5000;
        for (var done = 0; done < count;)
        {
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO cases (Number, Type, Source, Status, ReferredTo, SubmissionKey, Anonymous, Employer, ProjectName, Province, City, Industry, Job, " +
                "WorkedFrom, StillWorking, AmountOwedLow, AmountOwedHigh, WorkersAffected, Serious, SeriousReasons, EmployerKey, Demo, AmountRecovered, " +
                "CreatedAt, UpdatedAt, ClosedAt, HouseholdSize, MonthlyIncome, HardshipReason) VALUES " +
                "($n, $type, $source, $status, $ref, $key, 1, $employer, $project, $province, $city, $industry, $job, $from, 0, $low, $high, $workers, " +
                "$serious, $reasons, $ekey, 1, $recovered, $created, $updated, $closed, $household, $income, $hardship) RETURNING Id";
            var p = new Dictionary<string, Microsoft.Data.Sqlite.SqliteParameter>();
            foreach (var name in new[] { "$n", "$type", "$source", "$status", "$ref", "$key", "$employer", "$project", "$province", "$city", "$industry", "$job", "$from", "$low", "$high", "$workers", "$serious", "$reasons", "$ekey", "$recovered", "$created", "$updated", "$closed", "$household", "$income", "$hardship" })
            {
                p[name] = insert.Parameters.Add(name, Microsoft.Data.Sqlite.SqliteType.Text);
            }

            await using var history = connection.CreateCommand();
            history.Transaction = transaction;
            history.CommandText = "INSERT INTO case_status_changes (CaseId, \"From\", \"To\", ReferredTo, ChangedBy, Reason, ChangedAt) VALUES ($id, $from, $to, $ref, 'demo', NULL, $at)";
            var hid = history.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
            var hfrom = history.Parameters.Add("$from", Microsoft.Data.Sqlite.SqliteType.Text);
            var hto = history.Parameters.Add("$to", Microsoft.Data.Sqlite.SqliteType.Text);
            var href = history.Parameters.Add("$ref", Microsoft.Data.Sqlite.SqliteType.Text);
            var hat = history.Parameters.Add("$at", Microsoft.Data.Sqlite.SqliteType.Text);

            var end = Math.Min(count, done + Batch);
            for (; done < end; done++)
            {
                var n = start + done + 1;
                var hardship = random.Next(10) == 0;
                var province = provinces[random.Next(provinces.Count)];
                var cities = regions.CitiesOf(province);
                var city = cities.Count > 0 ? cities[random.Next(cities.Count)] : province;
                var industry = IndustryCatalog.All[random.Next(IndustryCatalog.All.Count)];
                var employer = EmployerWords[random.Next(EmployerWords.Length)] + EmployerKinds[random.Next(EmployerKinds.Length)] + (random.Next(50) + 1);
                var created = now.AddDays(-random.Next(365)).AddMinutes(-random.Next(1440));
                var statusRoll = random.Next(100);
                var status = statusRoll < 25 ? CaseStatus.Registered : statusRoll < 45 ? CaseStatus.Accepted : statusRoll < 65 ? CaseStatus.Referred : statusRoll < 95 ? CaseStatus.Closed : CaseStatus.Rejected;
                ReferralTarget? referral = status is CaseStatus.Referred or CaseStatus.Closed ? (ReferralTarget)random.Next(4) : null;
                // Most arrears are a few months' pay; a few are large project debts.
                var low = random.Next(10) == 0 ? (decimal)(random.Next(50, 400) * 1000) : (decimal)(random.Next(2, 60) * 500);
                var workers = random.Next(20) == 0 ? random.Next(10, 60) : random.Next(1, 6);
                var closedAt = status is CaseStatus.Closed or CaseStatus.Rejected ? created.AddDays(random.Next(3, 90)) : (DateTimeOffset?)null;
                if (closedAt > now)
                {
                    closedAt = now;
                }

                var serious = workers >= 10 || low >= 50_000;
                p["$n"].Value = $"DM-{created.Year}-{n:D7}";
                p["$type"].Value = hardship ? nameof(CaseType.Hardship) : nameof(CaseType.WageArrears);
                p["$source"].Value = ((CaseSource)random.Next(4)).ToString();
                p["$status"].Value = status.ToString();
                p["$ref"].Value = (object?)referral?.ToString() ?? DBNull.Value;
                p["$key"].Value = $"demo:{n}";
                p["$employer"].Value = hardship ? DBNull.Value : employer;
                p["$project"].Value = !hardship && industry == IndustryCatalog.Construction ? $"示例小区{random.Next(1, 30)}期" : DBNull.Value;
                p["$province"].Value = province;
                p["$city"].Value = city;
                p["$industry"].Value = hardship ? DBNull.Value : industry;
                p["$job"].Value = Jobs[random.Next(Jobs.Length)];
                p["$from"].Value = DateOnly.FromDateTime(created.AddDays(-random.Next(30, 400)).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                p["$low"].Value = hardship ? DBNull.Value : low;
                p["$high"].Value = hardship ? DBNull.Value : low + (random.Next(3) == 0 ? 1000 : 0);
                p["$workers"].Value = hardship ? DBNull.Value : workers;
                p["$serious"].Value = serious ? 1 : 0;
                p["$reasons"].Value = serious ? (workers >= 10 ? "workers" : "amount") : DBNull.Value;
                p["$ekey"].Value = hardship ? DBNull.Value : employer + "|" + city;
                p["$recovered"].Value = status == CaseStatus.Closed && !hardship ? low * random.Next(0, 11) / 10 : DBNull.Value;
                p["$created"].Value = SqliteConnectionFactory.FormatTime(created);
                p["$updated"].Value = SqliteConnectionFactory.FormatTime(closedAt ?? created);
                p["$closed"].Value = closedAt is { } c ? SqliteConnectionFactory.FormatTime(c) : DBNull.Value;
                p["$household"].Value = hardship ? random.Next(1, 7) : DBNull.Value;
                p["$income"].Value = hardship ? (decimal)(random.Next(0, 40) * 100) : DBNull.Value;
                p["$hardship"].Value = hardship ? "生病" : DBNull.Value;
                var id = (long)(await insert.ExecuteScalarAsync(ct))!;

                hid.Value = id;
                hfrom.Value = DBNull.Value;
                hto.Value = nameof(CaseStatus.Registered);
                href.Value = DBNull.Value;
                hat.Value = SqliteConnectionFactory.FormatTime(created);
                await history.ExecuteNonQueryAsync(ct);
                if (status != CaseStatus.Registered)
                {
                    hfrom.Value = nameof(CaseStatus.Registered);
                    hto.Value = status.ToString();
                    href.Value = (object?)referral?.ToString() ?? DBNull.Value;
                    hat.Value = SqliteConnectionFactory.FormatTime(closedAt ?? created.AddDays(1));
                    await history.ExecuteNonQueryAsync(ct);
                }
            }

            await transaction.CommitAsync(ct);
            progress?.Report(done);
        }

        return count;
    }
}
