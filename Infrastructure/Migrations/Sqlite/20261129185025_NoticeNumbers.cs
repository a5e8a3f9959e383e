using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grants.Infrastructure.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "IssuedNotices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Notices issued before this migration: the year and number as printed (示财〔2026〕3012号).
            migrationBuilder.Sql("""
                UPDATE "IssuedNotices" SET "Year" = CAST(substr("Quarter", 1, 4) AS INTEGER), "Sequence" = CAST(substr("Number", instr("Number", '〕') + 1, instr("Number", '号') - instr("Number", '〕') - 1) AS INTEGER);
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
