using Grants.Domain.Organisation;
using Grants.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(60);
        builder.HasOne<Township>().WithMany().HasForeignKey(u => u.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}
