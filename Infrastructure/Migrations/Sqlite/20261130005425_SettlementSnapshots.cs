using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grants.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SettlementSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SettlementSnapshots",
                columns: table => new
                {
                    SettlementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementSnapshots", x => x.SettlementId);
                    table.ForeignKey(
                        name: "FK_SettlementSnapshots_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The texts move with their settlements before the column goes.
            migrationBuilder.Sql("INSERT INTO \"SettlementSnapshots\" (\"SettlementId\", \"Text\") SELECT \"Id\", \"SnapshotText\" FROM \"Settlements\";");

            migrationBuilder.DropColumn(
                name: "SnapshotText",
                table: "Settlements");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SnapshotText",
                table: "Settlements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("UPDATE \"Settlements\" SET \"SnapshotText\" = (SELECT \"Text\" FROM \"SettlementSnapshots\" WHERE \"SettlementId\" = \"Settlements\".\"Id\") WHERE \"Id\" IN (SELECT \"SettlementId\" FROM \"SettlementSnapshots\");");

            migrationBuilder.DropTable(
                name: "SettlementSnapshots");
        }
    }
}
