using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RightsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SealedInboundText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SealedText",
                table: "transcript",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AwaitingSensitive",
                table: "conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SealedText",
                table: "transcript");

            migrationBuilder.DropColumn(
                name: "AwaitingSensitive",
                table: "conversations");
        }
    }
}
