using Grants.Domain.Organisation;
using Grants.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.CatalogueLine).HasMaxLength(100);
        builder.Property(p => p.Location).HasMaxLength(100);
        builder.Property(p => p.ResponsiblePerson).HasMaxLength(40);
        builder.Property(p => p.ApprovedBy).HasMaxLength(64);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Budget);
        builder.Ignore(p => p.NoticeLastDay);
        builder.Ignore(p => p.HasUnresolvedObjections);
        builder.Ignore(p => p.TrancheStage);
        builder.HasOne<Township>().WithMany().HasForeignKey(p => p.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TownshipId, p.Status });

        // One row with the project: the columns are Acceptance_Inspector, Acceptance_Findings, Acceptance_AcceptedOn.
        builder.OwnsOne(p => p.Acceptance, acceptance =>
        {
            acceptance.Property(a => a.Inspector).HasMaxLength(60);
            acceptance.Property(a => a.Findings).HasMaxLength(1000);
        });

        builder.HasMany(p => p.Donations).WithOne().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.InKind).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Objections).WithOne().HasForeignKey(o => o.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Donations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.InKind).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Objections).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DonationConfiguration : IEntityTypeConfiguration<Donation>
{
    public void Configure(EntityTypeBuilder<Donation> builder)
    {
        builder.ToTable("ProjectDonations");
        builder.Property(d => d.Donor).HasMaxLength(100);
        builder.Property(d => d.ReceiptNumber).HasMaxLength(40);

        // A donation receipt is issued once in the whole county.
        builder.HasIndex(d => d.ReceiptNumber).IsUnique();
    }
}

internal sealed class InKindContributionConfiguration : IEntityTypeConfiguration<InKindContribution>
{
    public void Configure(EntityTypeBuilder<InKindContribution> builder)
    {
        builder.ToTable("ProjectInKind");
        builder.Property(c => c.Description).HasMaxLength(100);
        builder.Property(c => c.Unit).HasMaxLength(10);
        builder.Property(c => c.Quantity).HasPrecision(15, 3);
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.ToTable("ProjectObjections");
        builder.Property(o => o.Text).HasMaxLength(500);
        builder.Property(o => o.Resolution).HasMaxLength(500);
        builder.Ignore(o => o.IsResolved);
        builder.HasIndex(o => new { o.ProjectId, o.Number }).IsUnique();
    }
}
