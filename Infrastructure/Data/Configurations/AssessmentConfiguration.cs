using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Grants.Infrastructure.Data.Configurations;

/// <summary>
/// A quarter is stored as its code, "2026Q3": four-digit years make the text sort in time order on both engines,
/// and a quarter read back is parsed, so a hand-edited row with nonsense in it fails loudly.
/// </summary>
internal sealed class QuarterConverter() : ValueConverter<Quarter, string>(q => q.ToString(), text => Quarter.Parse(text))
{
    public const int Length = 6;
}

internal sealed class RubricConfiguration : IEntityTypeConfiguration<Rubric>
{
    public void Configure(EntityTypeBuilder<Rubric> builder)
    {
        builder.Property(r => r.EffectiveFrom).HasConversion<QuarterConverter>().HasMaxLength(QuarterConverter.Length);
        builder.Property(r => r.ResidentsWeight).HasPrecision(9, 4);
        builder.Property(r => r.DefinedBy).HasMaxLength(64);

        // Versions count per category: the RubricBook picks the latest in effect by (EffectiveFrom, Version).
        builder.HasIndex(r => new { r.Category, r.Version }).IsUnique();
        builder.HasIndex(r => new { r.Category, r.EffectiveFrom });

        builder.HasMany(r => r.Criteria).WithOne().HasForeignKey(c => c.RubricId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RubricCriterionConfiguration : IEntityTypeConfiguration<RubricCriterion>
{
    public void Configure(EntityTypeBuilder<RubricCriterion> builder)
    {
        builder.ToTable("RubricCriteria");
        builder.Property(c => c.Name).HasMaxLength(Rubric.MaxNameLength);
        builder.Property(c => c.MaxPoints).HasPrecision(9, 4);
        builder.Property(c => c.Weight).HasPrecision(9, 4);

        // Scores name a criterion by (rubric, order), so the order is unique within its rubric; so is the name.
        builder.HasIndex(c => new { c.RubricId, c.Order }).IsUnique();
        builder.HasIndex(c => new { c.RubricId, c.Name }).IsUnique();
    }
}

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> builder)
    {
        builder.Property(s => s.Quarter).HasConversion<QuarterConverter>().HasMaxLength(QuarterConverter.Length);
        builder.Property(s => s.EnteredBy).HasMaxLength(64);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsComplete);
        builder.Ignore(s => s.ResidentsScore);
        builder.Ignore(s => s.Composite);
        builder.Ignore(s => s.FirstCriterionShare);
        builder.HasOne<Township>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(s => s.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Rubric).WithMany().HasForeignKey(s => s.RubricId).OnDelete(DeleteBehavior.Restrict);

        // One card per community and quarter: a second import or a double click updates it, never adds another.
        builder.HasIndex(s => new { s.CommunityId, s.Quarter }).IsUnique();
        // The quarter's scoring status and its close: by quarter and status, county-wide or within a township.
        builder.HasIndex(s => new { s.Quarter, s.Status });
        builder.HasIndex(s => new { s.TownshipId, s.Quarter });
        builder.HasIndex(s => s.RubricId);

        builder.HasMany(s => s.Scores).WithOne().HasForeignKey(p => p.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Satisfaction).WithOne().HasForeignKey(g => g.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Satisfaction).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> builder)
    {
        builder.ToTable("ScorecardPoints");
        builder.Property(p => p.Points).HasPrecision(9, 2);
        builder.HasIndex(p => new { p.ScorecardId, p.CriterionOrder }).IsUnique();
    }
}

internal sealed class GroupSatisfactionConfiguration : IEntityTypeConfiguration<GroupSatisfaction>
{
    public void Configure(EntityTypeBuilder<GroupSatisfaction> builder)
    {
        builder.ToTable("ScorecardSatisfaction");
        builder.Ignore(g => g.Percent);
        builder.HasIndex(g => new { g.ScorecardId, g.Group }).IsUnique();
    }
}
