using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RightsBot.Cases.Regions;
using RightsBot.Cases.Validation;
using RightsBot.Dialogs.Flows;
using RightsBot.Dialogs.Prompts;
using RightsBot.Dialogs.Prompts.Recognition;
using RightsBot.Hosting;
using RightsBot.Privacy;
using RightsBot.Storage;

namespace RightsBot.Cases;

/// <summary>
/// The staff case API: record a hotline case (same model and validation as the chat), move a case on, read a case
/// with personal fields masked. Every call needs an integration key.
/// </summary>
public static class CaseEndpoints
{
    /// <summary>Evidence items on one hotline case (the chat offers eight kinds; the hotline may write its own).</summary>
    public const int MaxEvidenceItems = 50;

    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases")
            .WithMetadata(new BodySizeLimit(app.ServiceProvider.GetRequiredService<IOptions<RequestLimitsOptions>>().Value.MaxApiBodyBytes));
        group.MapPost("/", CreateHotlineCaseAsync);
        group.MapPost("/{number}/status", ChangeStatusAsync);
        group.MapGet("/{number}", GetAsync);
        group.MapGet("/{number}/attachments/{attachmentId}", GetAttachmentAsync);
        return app;
    }

    private static async Task<IResult> CreateHotlineCaseAsync(
        HttpRequest http, HotlineCaseRequest? request, IOptions<CaseApiOptions> keys, ICaseService cases, RegionCatalog regions, TimeProvider time, CancellationToken ct)
    {
        if (Authenticate(http, keys.Value) is not { } caller)
        {
            return Unauthorized();
        }

        if (request is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "A JSON body is required.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var type = request.Type switch
        {
            null or "" or "wage-arrears" => CaseType.WageArrears,
            "hardship" => CaseType.Hardship,
            _ => (CaseType?)null,
        };
        if (type is null)
        {
            errors["type"] = ["Use wage-arrears or hardship."];
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(request.Phone) && !MobileNumber.TryNormalize(request.Phone, out phone))
        {
            errors["phone"] = ["Not a mainland mobile number (11 digits starting with 1)."];
        }

        if (string.IsNullOrWhiteSpace(request.Phone) && !request.Anonymous)
        {
            errors["phone"] = ["A phone number is required unless the case is anonymous."];
        }

        string? id = null;
        if (!string.IsNullOrWhiteSpace(request.IdNumber) && ChineseIdNumber.Check(request.IdNumber, today, out id) != IdNumberCheck.Valid)
        {
            errors["idNumber"] = ["Not a valid 18-character resident ID number (length, birth date or checksum)."];
        }

        AmountRange? amount = null;
        if (request.AmountOwed is { Length: > CaseFieldValidators.MaxShortText })
        {
            errors["amountOwed"] = [$"At most {CaseFieldValidators.MaxShortText} characters."];
        }
        else if (!string.IsNullOrWhiteSpace(request.AmountOwed))
        {
            if (!AmountRecognizer.TryRecognize(request.AmountOwed, out var range) || range.Low <= 0 || range.High > 100_000_000m)
            {
                errors["amountOwed"] = ["An amount above 0 and at most 100,000,000 yuan, e.g. \"8000\", \"1.5万\" or \"5000-6000\"."];
            }
            else
            {
                amount = range;
            }
        }

        if (request.WorkersAffected is < 1 or > 100_000)
        {
            errors["workersAffected"] = ["Between 1 and 100000."];
        }

        // The same lengths the chat form allows for the same answers.
        if (request.Name is { Length: > CaseFieldValidators.MaxName })
        {
            errors["name"] = [$"At most {CaseFieldValidators.MaxName} characters."];
        }

        foreach (var (field, value) in new[] { ("employer", request.Employer), ("projectName", request.ProjectName), ("generalContractor", request.GeneralContractor), ("foreman", request.Foreman), ("location", request.Location), ("industry", request.Industry), ("job", request.Job), ("complainedTo", request.ComplainedTo), ("wants", request.Wants), ("hardshipReason", request.HardshipReason) })
        {
            if (value is { Length: > CaseFieldValidators.MaxShortText })
            {
                errors[field] = [$"At most {CaseFieldValidators.MaxShortText} characters."];
            }
        }

        if (request.Evidence is { Count: > MaxEvidenceItems })
        {
            errors["evidence"] = [$"At most {MaxEvidenceItems} items."];
        }
        else if (request.Evidence?.Any(e => e is null || e.Length > CaseFieldValidators.MaxShortText) == true)
        {
            errors["evidence"] = [$"Each item must be text of at most {CaseFieldValidators.MaxShortText} characters."];
        }

        if (request.HouseholdSize is < 1 or > 30)
        {
            errors["householdSize"] = ["Between 1 and 30."];
        }

        if (request.MonthlyIncome is < 0 or > CaseFieldValidators.MaxAmount)
        {
            errors["monthlyIncome"] = [$"Between 0 and {CaseFieldValidators.MaxAmount}."];
        }

        if (request.WorkedFrom > today || request.WorkedTo > today)
        {
            errors["workedTo"] = ["Dates cannot be in the future."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var region = regions.Normalize(request.Location);
        var draft = new CaseDraft
        {
            Type = type!.Value,
            Anonymous = request.Anonymous,
            Name = request.Anonymous ? null : request.Name?.Trim(),
            Phone = phone,
            IdNumber = id,
            Employer = request.Employer,
            ProjectName = request.ProjectName,
            GeneralContractor = request.GeneralContractor,
            Foreman = request.Foreman,
            Province = region?.Province,
            City = region?.City,
            District = region is null ? request.Location : region.District,
            Industry = IndustryCatalog.Normalize(request.Industry),
            Job = request.Job,
            WorkedFrom = request.WorkedFrom,
            WorkedTo = request.WorkedTo,
            StillWorking = request.StillWorking,
            AmountOwedLow = amount?.Low,
            AmountOwedHigh = amount?.High,
            WorkersAffected = request.WorkersAffected,
            Evidence = request.Evidence ?? [],
            ComplainedTo = request.ComplainedTo,
            Wants = request.Wants,
            HardshipReason = request.HardshipReason,
            HouseholdSize = request.HouseholdSize,
            MonthlyIncome = request.MonthlyIncome,
        };
        var result = await cases.SubmitAsync(draft, CaseSource.Hotline, null, "hotline:" + Guid.NewGuid().ToString("N"), "hotline:" + caller, [], demo: false, ct);
        return TypedResults.Created($"/api/cases/{result.Case.Number}", new
        {
            number = result.Case.Number,
            serious = result.Case.Serious,
            seriousReasons = result.Case.SeriousReasons?.Split(',') ?? [],
            accessCode = result.AccessCode,
            linkedCases = result.LinkedNumbers,
        });
    }

    private static async Task<IResult> ChangeStatusAsync(
        string number, HttpRequest http, StatusChangeRequest? request, IOptions<CaseApiOptions> keys, ICaseService cases, CancellationToken ct)
    {
        if (Authenticate(http, keys.Value) is not { } caller)
        {
            return Unauthorized();
        }

        if (request is null || !Enum.TryParse<CaseStatus>(request.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["One of: Registered, Accepted, Referred, Closed, Rejected."] });
        }

        ReferralTarget? referral = null;
        if (status == CaseStatus.Referred)
        {
            if (!Enum.TryParse<ReferralTarget>(request.ReferredTo, ignoreCase: true, out var target) || !Enum.IsDefined(target))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["referredTo"] = ["One of: LaborInspection, Arbitration, LegalAid, UnionMediation."] });
            }

            referral = target;
        }

        if (status == CaseStatus.Rejected && string.IsNullOrWhiteSpace(request.Reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["A reason is required when a case is rejected."] });
        }

        foreach (var (field, value) in new[] { ("reason", request.Reason), ("outcome", request.Outcome) })
        {
            if (value is { Length: > TextPrompt.MaxLength })
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"At most {TextPrompt.MaxLength} characters."] });
            }
        }

        if (request.AmountRecovered is < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["amountRecovered"] = ["Cannot be negative."] });
        }

        var record = await cases.ChangeStatusAsync(number, status, referral, request.Reason, request.Outcome, request.AmountRecovered, "api:" + caller, ct);
        return record is null
            ? TypedResults.Problem(statusCode: 404, title: "No such case.")
            : TypedResults.Ok(new { number = record.Number, status = record.Status.ToString() });
    }

    private static async Task<IResult> GetAsync(string number, HttpRequest http, IOptions<CaseApiOptions> keys, BotDbContext db, PersonalDataProtector protector, CancellationToken ct)
    {
        if (Authenticate(http, keys.Value) is null)
        {
            return Unauthorized();
        }

        var record = await db.Set<CaseRecord>().AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, ct);
        if (record is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "No such case.");
        }

        var phone = protector.Unprotect(record.PhoneProtected);
        var name = protector.Unprotect(record.NameProtected);
        var history = await db.Set<CaseStatusChange>().AsNoTracking().Where(h => h.CaseId == record.Id).OrderBy(h => h.Id)
            .Select(h => new { status = h.To.ToString(), h.ChangedBy, h.ChangedAt, h.Reason }).ToListAsync(ct);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.CaseId == record.Id)
            .Select(a => new { a.Id, a.FileName, a.ContentType, a.Size, url = $"/api/cases/{record.Number}/attachments/{a.Id}" }).ToListAsync(ct);
        var linked = await db.Set<CaseLink>().AsNoTracking().Where(l => l.CaseId == record.Id)
            .Join(db.Set<CaseRecord>(), l => l.OtherCaseId, c => c.Id, (l, c) => new { c.Number, l.Reason }).ToListAsync(ct);
        return TypedResults.Ok(new
        {
            number = record.Number,
            type = record.Type.ToString(),
            source = record.Source.ToString(),
            status = record.Status.ToString(),
            referredTo = record.ReferredTo?.ToString(),
            name = record.Anonymous ? "匿名" : name is null ? null : name[0] + "**",
            phone = phone is null ? null : MobileNumber.Mask(phone),
            idNumber = record.IdNumberProtected is null ? null : "已提供（加密保存）",
            record.Employer, record.ProjectName, record.GeneralContractor, record.Province, record.City, record.District, record.Industry,
            record.AmountOwedLow, record.AmountOwedHigh, record.WorkersAffected, record.Serious,
            seriousReasons = record.SeriousReasons?.Split(',') ?? [],
            history,
            linked,
            attachments,
        });
    }

    /// <summary>A file attached to the case, for staff only (the worker's own link expires after a day).</summary>
    private static async Task<IResult> GetAttachmentAsync(
        string number, string attachmentId, HttpRequest http, IOptions<CaseApiOptions> keys, BotDbContext db, IOptions<StorageOptions> storage, CancellationToken ct)
    {
        if (Authenticate(http, keys.Value) is null)
        {
            return Unauthorized();
        }

        var caseId = await db.Set<CaseRecord>().AsNoTracking().Where(c => c.Number == number).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        var file = caseId is null ? null : await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, ct);
        return file is null
            ? TypedResults.Problem(statusCode: 404, title: "No such file on this case.")
            : TypedResults.PhysicalFile(Path.Combine(storage.Value.ResolveDataDirectory(), file.RelativePath), file.ContentType, file.FileName);
    }

    /// <summary>The caller's key name, or null.</summary>
    private static string? Authenticate(HttpRequest http, CaseApiOptions options)
    {
        var header = http.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        foreach (var key in options.Keys)
        {
            if (key.KeySha256.Length == 64 && CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(key.KeySha256)))
            {
                return key.Name;
            }
        }

        return null;
    }

    private static IResult Unauthorized() =>
        TypedResults.Problem(statusCode: 401, title: "An integration key is required (Authorization: Bearer <key>).");
}
