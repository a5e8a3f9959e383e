using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grants.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RequestIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisbursementRequests_TownshipId_Status",
                table: "DisbursementRequests");

            migrationBuilder.CreateIndex(
                name: "IX_DisbursementRequests_BankReference",
                table: "DisbursementRequests",
                column: "BankReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisbursementRequests_Status_Amount",
                table: "DisbursementRequests",
                columns: new[] { "Status", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_DisbursementRequests_TownshipId_Status_SubmittedAt",
                table: "DisbursementRequests",
                columns: new[] { "TownshipId", "Status", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisbursementRequests_BankReference",
                table: "DisbursementRequests");

            migrationBuilder.DropIndex(
                name: "IX_DisbursementRequests_Status_Amount",
                table: "DisbursementRequests");

            migrationBuilder.DropIndex(
                name: "IX_DisbursementRequests_TownshipId_Status_SubmittedAt",
                table: "DisbursementRequests");

            migrationBuilder.CreateIndex(
                name: "IX_DisbursementRequests_TownshipId_Status",
                table: "DisbursementRequests",
                columns: new[] { "TownshipId", "Status" });
        }
    }
}
