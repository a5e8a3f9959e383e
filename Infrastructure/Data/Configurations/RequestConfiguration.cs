using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<DisbursementRequest>
{
    public void Configure(EntityTypeBuilder<DisbursementRequest> builder)
    {
        builder.ToTable("DisbursementRequests");
        builder.Property(r => r.FiledBy).HasMaxLength(64);
        builder.Property(r => r.PayeeName).HasMaxLength(100);
        builder.Property(r => r.PayeeBank).HasMaxLength(100);
        builder.Property(r => r.PayeeAccount).HasMaxLength(40);
        builder.Property(r => r.Purpose).HasMaxLength(200);
        builder.Property(r => r.Handler).HasMaxLength(40);
        builder.Property(r => r.Witness).HasMaxLength(40);
        builder.Property(r => r.FirstApprovedBy).HasMaxLength(64);
        builder.Property(r => r.ApprovedBy).HasMaxLength(64);
        builder.Property(r => r.BankReference).HasMaxLength(60);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.ApprovedOn);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);

        // The form's idempotency token: a replayed create finds the request it made instead of making another.
        builder.HasIndex(r => r.Token).IsUnique();
        // The review queue: by status and age, within a township or not, and by amount.
        builder.HasIndex(r => new { r.TownshipId, r.Status, r.SubmittedAt });
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        builder.HasIndex(r => new { r.Status, r.Amount });

        // One bank transfer pays one request: the same reference recorded twice is a payment recorded twice.
        builder.HasIndex(r => r.BankReference).IsUnique();
        builder.HasIndex(r => r.ProjectId);

        builder.HasMany(r => r.Invoices).WithOne().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Invoices).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.Property(i => i.Issuer).HasMaxLength(100);

        // The same invoice is claimed once in the whole county: the database refuses a second claim even when two
        // requests race past the check.
        builder.HasIndex(i => new { i.Code, i.Number }).IsUnique();
        builder.OwnsOne(i => i.File, FileReference.Configure);
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("RequestEvidence");
        builder.OwnsOne(e => e.File, FileReference.Configure);
    }
}

internal sealed class ReviewStepConfiguration : IEntityTypeConfiguration<ReviewStep>
{
    public void Configure(EntityTypeBuilder<ReviewStep> builder)
    {
        builder.ToTable("RequestHistory");
        builder.Property(h => h.By).HasMaxLength(64);
        builder.Property(h => h.Reason).HasMaxLength(500);
    }
}

internal static class FileReference
{
    /// <summary>Columns FileSha256 (a foreign key into the store's table) and FileName on the owning row.</summary>
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, EvidenceFileRef> file)
        where TOwner : class
    {
        file.Property(f => f.Sha256).HasColumnName("FileSha256").HasMaxLength(64);
        file.Property(f => f.FileName).HasColumnName("FileName").HasMaxLength(200);
        file.HasOne<StoredFile>().WithMany().HasForeignKey(f => f.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}
