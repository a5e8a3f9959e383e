using Grants.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public const string Table = "AuditRecords";

    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable(Table); // named here because the sealer inserts by SQL
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        // Stored as a UTC DateTime: SQLite can compare and order those (not DateTimeOffset), PostgreSQL keeps timestamptz.
        builder.Property(r => r.At).HasConversion(
            at => at.UtcDateTime,
            stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
        builder.Property(r => r.Actor).HasMaxLength(256);
        builder.Property(r => r.Address).HasMaxLength(64);
        builder.Property(r => r.Operation).HasMaxLength(300);
        builder.Property(r => r.Action).HasMaxLength(40);
        builder.Property(r => r.EntityType).HasMaxLength(100);
        builder.Property(r => r.EntityId).HasMaxLength(100);
        builder.Property(r => r.PreviousHash).HasMaxLength(64);
        builder.Property(r => r.Hash).HasMaxLength(64);
        builder.Ignore(r => r.Event);

        // The auditor's searches, each newest first by Sequence (see docs/decisions/013-audit-trail.md).
        builder.HasIndex(r => new { r.Actor, r.Sequence });
        builder.HasIndex(r => new { r.EntityType, r.EntityId, r.Sequence });
        builder.HasIndex(r => new { r.EntityType, r.Sequence });
        builder.HasIndex(r => new { r.Action, r.Sequence });
        builder.HasIndex(r => r.At);
    }
}
