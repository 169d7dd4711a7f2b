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
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
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
                name: "conversations");

            migrationBuilder.DropTable(
                name: "transcript");

            migrationBuilder.DropTable(
                name: "unanswered_questions");
        }
    }
}
