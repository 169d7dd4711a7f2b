using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RightsBot.Storage.Migrations
{
    /// <summary>
    /// The current token generation of each Direct Line conversation (see <c>Channels/DirectLine/TokenGenerations</c>).
    /// Read and written with plain SQL, like the transcript, so it is not part of the EF model.
    /// </summary>
    [DbContext(typeof(BotDbContext))]
    [Migration("20261203180000_DirectLineTokenGenerations")]
    public sealed class DirectLineTokenGenerations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE TABLE directline_token_generations (" +
                "ConversationId TEXT NOT NULL CONSTRAINT PK_directline_token_generations PRIMARY KEY, " +
                "Generation INTEGER NOT NULL, " +
                "UpdatedAt TEXT NOT NULL);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE directline_token_generations;");
        }
    }
}
