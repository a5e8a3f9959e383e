using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grants.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProjectLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Acceptance_AcceptedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Acceptance_Findings",
                table: "Projects",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Acceptance_Inspector",
                table: "Projects",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "Projects",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApprovedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ArchivedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "Projects",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeDays",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeStartedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedEnd",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedStart",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponsiblePerson",
                table: "Projects",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SelfFundingCash",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SettledOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsCollected",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuggestionsMerged",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WorksCompletedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProjectDonations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Donor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    DonatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectDonations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectDonations_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectInKind",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 15, scale: 3, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UnitValue = table.Column<long>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectInKind", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectInKind_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectObjections_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDonations_ProjectId",
                table: "ProjectDonations",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDonations_ReceiptNumber",
                table: "ProjectDonations",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectInKind_ProjectId",
                table: "ProjectInKind",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectObjections_ProjectId_Number",
                table: "ProjectObjections",
                columns: new[] { "ProjectId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectDonations");

            migrationBuilder.DropTable(
                name: "ProjectInKind");

            migrationBuilder.DropTable(
                name: "ProjectObjections");

            migrationBuilder.DropColumn(
                name: "Acceptance_AcceptedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Acceptance_Findings",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Acceptance_Inspector",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ApprovedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ArchivedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "NoticeDays",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "NoticeStartedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlannedEnd",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "PlannedStart",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ResponsiblePerson",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SelfFundingCash",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SettledOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SuggestionsCollected",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "SuggestionsMerged",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "WorksCompletedOn",
                table: "Projects");
        }
    }
}
