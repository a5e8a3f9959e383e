using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grants.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NoticeNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "IssuedNotices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "IssuedNotices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Notices issued before this migration: the year and number as printed (示财〔2026〕3012号).
            migrationBuilder.Sql("""
                UPDATE "IssuedNotices" SET "Year" = CAST(substring("Quarter" from 1 for 4) AS integer), "Sequence" = CAST(substring("Number" from '〕([0-9]+)号') AS integer);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedNotices_Year_Sequence",
                table: "IssuedNotices",
                columns: new[] { "Year", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedNotices_Year_Sequence",
                table: "IssuedNotices");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "IssuedNotices");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "IssuedNotices");
        }
    }
}
