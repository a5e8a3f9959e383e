using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grants.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Settlements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BankAccount",
                table: "Communities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BankName",
                table: "Communities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Settlements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardPoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SnapshotText = table.Column<string>(type: "TEXT", nullable: false),
                    SnapshotHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResultHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PoolAvailableAtDraft = table.Column<long>(type: "INTEGER", nullable: false),
                    AwardTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    ProRated = table.Column<bool>(type: "INTEGER", nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PaidAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReopenRequestedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ReopenRequestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReopenedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReopenApprovedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settlements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Settlements_Pools_AwardPoolId",
                        column: x => x.AwardPoolId,
                        principalTable: "Pools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardPayouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SettlementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    PoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PayeeName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PayeeBank = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PayeeAccount = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReversedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardPayouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardPayouts_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardPayouts_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssuedNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SettlementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReplacesId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedNotices_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedNotices_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SettlementFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SettlementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettlementFiles_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SettlementLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SettlementId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScorecardId = table.Column<long>(type: "INTEGER", nullable: false),
                    Composite = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    ResidentsScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    NominalAward = table.Column<long>(type: "INTEGER", nullable: false),
                    Award = table.Column<long>(type: "INTEGER", nullable: false),
                    BlackCardsInARow = table.Column<int>(type: "INTEGER", nullable: false),
                    CardRemoved = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoticeSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettlementLines_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SettlementLines_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardPayouts_CommunityId",
                table: "AwardPayouts",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardPayouts_Quarter_CommunityId",
                table: "AwardPayouts",
                columns: new[] { "Quarter", "CommunityId" },
                unique: true,
                filter: "\"ReversedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AwardPayouts_SettlementId_TownshipId",
                table: "AwardPayouts",
                columns: new[] { "SettlementId", "TownshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedNotices_CommunityId",
                table: "IssuedNotices",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedNotices_Quarter_CommunityId_Kind_Round",
                table: "IssuedNotices",
                columns: new[] { "Quarter", "CommunityId", "Kind", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedNotices_SettlementId_TownshipId",
                table: "IssuedNotices",
                columns: new[] { "SettlementId", "TownshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_SettlementFiles_SettlementId_Round_Name",
                table: "SettlementFiles",
                columns: new[] { "SettlementId", "Round", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_CommunityId",
                table: "SettlementLines",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_SettlementId_CommunityId",
                table: "SettlementLines",
                columns: new[] { "SettlementId", "CommunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_SettlementId_TownshipId",
                table: "SettlementLines",
                columns: new[] { "SettlementId", "TownshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_AwardPoolId",
                table: "Settlements",
                column: "AwardPoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_Quarter",
                table: "Settlements",
                column: "Quarter",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardPayouts");

            migrationBuilder.DropTable(
                name: "IssuedNotices");

            migrationBuilder.DropTable(
                name: "SettlementFiles");

            migrationBuilder.DropTable(
                name: "SettlementLines");

            migrationBuilder.DropTable(
                name: "Settlements");

            migrationBuilder.DropColumn(
                name: "BankAccount",
                table: "Communities");

            migrationBuilder.DropColumn(
                name: "BankName",
                table: "Communities");
        }
    }
}
