using Grants.Domain.Pools;
using Grants.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class FundingPoolConfiguration : IEntityTypeConfiguration<FundingPool>
{
    public void Configure(EntityTypeBuilder<FundingPool> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(60);
        builder.HasIndex(p => new { p.FiscalYear, p.Name }).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Available);
        builder.Ignore(p => p.IsClosed);
        builder.Ignore(p => p.ReserveBalance);
        builder.HasMany(p => p.Receipts).WithOne(r => r.Pool).HasForeignKey(r => r.PoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Allocations).WithOne(a => a.Pool).HasForeignKey(a => a.PoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Receipts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<FundingPool>().WithMany().HasForeignKey(p => p.CarriedForwardToPoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PoolReceiptConfiguration : IEntityTypeConfiguration<PoolReceipt>
{
    public void Configure(EntityTypeBuilder<PoolReceipt> builder)
    {
        builder.Property(r => r.CatalogueLine).HasMaxLength(100);
        builder.Property(r => r.DocumentNumber).HasMaxLength(60);
        builder.Property(r => r.FileSha256).HasMaxLength(64);
        builder.Property(r => r.FileName).HasMaxLength(120);
        // No foreign key to StoredFiles: adding one to this existing table makes SQLite rebuild it outside the
        // migration's transaction. The handler records the file in the same transaction as the receipt instead.
        builder.HasIndex(r => r.FileSha256);
    }
}

internal sealed class PoolAllocationConfiguration : IEntityTypeConfiguration<PoolAllocation>
{
    public void Configure(EntityTypeBuilder<PoolAllocation> builder)
    {
        builder.Property(a => a.Purpose).HasMaxLength(200);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
