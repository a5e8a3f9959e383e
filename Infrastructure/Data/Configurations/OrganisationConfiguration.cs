using Grants.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(12);
        builder.Property(t => t.Name).HasMaxLength(60);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(60);
        builder.HasOne<Township>().WithMany().HasForeignKey(c => c.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TownshipId, c.Name }).IsUnique();
        builder.HasMany(c => c.Units).WithOne(u => u.Community).HasForeignKey(u => u.CommunityId);
        builder.Navigation(c => c.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(60);
        builder.HasIndex(u => new { u.CommunityId, u.Name }).IsUnique();
    }
}
