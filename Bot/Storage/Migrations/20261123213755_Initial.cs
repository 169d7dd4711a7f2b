using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RightsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    RelativePath = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_counters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_counters", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "case_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    OtherCaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_lookup_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationKey = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_lookup_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_status_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReferredTo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_status_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReferredTo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    NameProtected = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneProtected = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneLookup = table.Column<string>(type: "TEXT", nullable: true),
                    IdNumberProtected = table.Column<string>(type: "TEXT", nullable: true),
                    AccessCodeLookup = table.Column<string>(type: "TEXT", nullable: true),
                    Employer = table.Column<string>(type: "TEXT", nullable: true),
                    ProjectName = table.Column<string>(type: "TEXT", nullable: true),
                    GeneralContractor = table.Column<string>(type: "TEXT", nullable: true),
                    Foreman = table.Column<string>(type: "TEXT", nullable: true),
                    Province = table.Column<string>(type: "TEXT", nullable: true),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    District = table.Column<string>(type: "TEXT", nullable: true),
                    Industry = table.Column<string>(type: "TEXT", nullable: true),
                    Job = table.Column<string>(type: "TEXT", nullable: true),
                    WorkedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StillWorking = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountOwedLow = table.Column<decimal>(type: "TEXT", nullable: true),
                    AmountOwedHigh = table.Column<decimal>(type: "TEXT", nullable: true),
                    WorkersAffected = table.Column<int>(type: "INTEGER", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true),
                    ComplainedTo = table.Column<string>(type: "TEXT", nullable: true),
                    Wants = table.Column<string>(type: "TEXT", nullable: true),
                    HardshipReason = table.Column<string>(type: "TEXT", nullable: true),
                    HouseholdSize = table.Column<int>(type: "INTEGER", nullable: true),
                    MonthlyIncome = table.Column<decimal>(type: "TEXT", nullable: true),
                    Serious = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeriousReasons = table.Column<string>(type: "TEXT", nullable: true),
                    EmployerKey = table.Column<string>(type: "TEXT", nullable: true),
                    ProjectKey = table.Column<string>(type: "TEXT", nullable: true),
                    Demo = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountRecovered = table.Column<decimal>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PersonalDataErasedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DialogState = table.Column<string>(type: "TEXT", nullable: true),
                    StateVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "transcript",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Inbound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChannelMessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Pending = table.Column<bool>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Timestamp = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transcript", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unanswered_questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ArticleId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstAskedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastAskedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unanswered_questions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_ConversationKey",
                table: "attachments",
                column: "ConversationKey");

            migrationBuilder.CreateIndex(
                name: "IX_case_links_CaseId_OtherCaseId",
                table: "case_links",
                columns: new[] { "CaseId", "OtherCaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_lookup_attempts_ConversationKey",
                table: "case_lookup_attempts",
                column: "ConversationKey");

            migrationBuilder.CreateIndex(
                name: "IX_case_lookup_attempts_Number",
                table: "case_lookup_attempts",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_case_status_changes_CaseId",
                table: "case_status_changes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_ConversationKey",
                table: "cases",
                column: "ConversationKey");

            migrationBuilder.CreateIndex(
                name: "IX_cases_EmployerKey",
                table: "cases",
                column: "EmployerKey");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Number",
                table: "cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_PhoneLookup",
                table: "cases",
                column: "PhoneLookup");

            migrationBuilder.CreateIndex(
                name: "IX_cases_ProjectKey",
                table: "cases",
                column: "ProjectKey");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SubmissionKey",
                table: "cases",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_transcript_ConversationKey_ChannelMessageId",
                table: "transcript",
                columns: new[] { "ConversationKey", "ChannelMessageId" },
                unique: true,
                filter: "\"ChannelMessageId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_transcript_ConversationKey_Seq",
                table: "transcript",
                columns: new[] { "ConversationKey", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_transcript_Pending",
                table: "transcript",
                column: "Pending",
                filter: "\"Pending\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_unanswered_questions_Key_Reason_ArticleId",
                table: "unanswered_questions",
                columns: new[] { "Key", "Reason", "ArticleId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "case_counters");

            migrationBuilder.DropTable(
                name: "case_links");

            migrationBuilder.DropTable(
                name: "case_lookup_attempts");

            migrationBuilder.DropTable(
                name: "case_status_changes");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "transcript");

            migrationBuilder.DropTable(
                name: "unanswered_questions");
        }
    }
}
