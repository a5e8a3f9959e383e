using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grants.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Operation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Action_Sequence",
                table: "AuditRecords",
                columns: new[] { "Action", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Actor_Sequence",
                table: "AuditRecords",
                columns: new[] { "Actor", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_At",
                table: "AuditRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_EntityType_EntityId_Sequence",
                table: "AuditRecords",
                columns: new[] { "EntityType", "EntityId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_EntityType_Sequence",
                table: "AuditRecords",
                columns: new[] { "EntityType", "Sequence" });
            // The genesis record: how much journal existed before the trail began. Verify holds those rows only to their
            // count (they have no Added records); every later row must match the record that added it. Its hash is
            // left empty here — SQLite has no SHA-256 — and the first commit that writes audit records seals it.
            migrationBuilder.Sql("""
                INSERT INTO "AuditRecords" ("Sequence", "At", "Actor", "Address", "Operation", "Action", "EntityType", "EntityId", "Changes", "PreviousHash", "Hash")
                SELECT 1, now(), 'system', NULL, 'migrate AuditTrail', 'TrailStarted', NULL, NULL,
                    '{' || '"JournalEntries":{"MaxId":' || (SELECT COALESCE(MAX("Id"), 0) FROM "JournalEntries") || ',"Count":' || (SELECT COUNT(*) FROM "JournalEntries") || '}' || ',' || '"JournalLines":{"MaxId":' || (SELECT COALESCE(MAX("Id"), 0) FROM "JournalLines") || ',"Count":' || (SELECT COUNT(*) FROM "JournalLines") || '}' || '}',
                    '0000000000000000000000000000000000000000000000000000000000000000', ''
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditRecords");
        }
    }
}
