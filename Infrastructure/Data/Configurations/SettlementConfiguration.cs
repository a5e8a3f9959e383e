using System.Globalization;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Domain.Pools;
using Grants.Domain.Settlement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class QuarterSettlementConfiguration : IEntityTypeConfiguration<QuarterSettlement>
{
    public void Configure(EntityTypeBuilder<QuarterSettlement> builder)
    {
        builder.ToTable("Settlements");
        builder.Property(s => s.Quarter).HasConversion<QuarterConverter>().HasMaxLength(QuarterConverter.Length);
        builder.HasIndex(s => s.Quarter).IsUnique();
        builder.Property(s => s.Rules).HasConversion<GradingRulesConverter>().HasMaxLength(100);
        builder.Property(s => s.SnapshotHash).HasMaxLength(64);
        builder.Property(s => s.ResultHash).HasMaxLength(64);
        builder.Property(s => s.OpenedBy).HasMaxLength(64);
        builder.Property(s => s.ReviewedBy).HasMaxLength(64);
        builder.Property(s => s.ConfirmedBy).HasMaxLength(64);
        builder.Property(s => s.ReopenedBy).HasMaxLength(64);
        builder.Property(s => s.ReopenApprovedBy).HasMaxLength(64);
        builder.Property(s => s.ReopenReason).HasMaxLength(500);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsLocked);
        builder.HasOne<FundingPool>().WithMany().HasForeignKey(s => s.AwardPoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SettlementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne(s => s.Snapshot).WithOne().HasForeignKey<SettlementSnapshot>(s => s.SettlementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SettlementSnapshotConfiguration : IEntityTypeConfiguration<SettlementSnapshot>
{
    public void Configure(EntityTypeBuilder<SettlementSnapshot> builder)
    {
        builder.ToTable("SettlementSnapshots");
        builder.HasKey(s => s.SettlementId);
    }
}

internal sealed class SettlementLineConfiguration : IEntityTypeConfiguration<SettlementLine>
{
    public void Configure(EntityTypeBuilder<SettlementLine> builder)
    {
        builder.Property(l => l.Composite).HasPrecision(9, 2);
        builder.Property(l => l.ResidentsScore).HasPrecision(9, 2);
        builder.Ignore(l => l.InterviewDue);
        builder.HasIndex(l => new { l.SettlementId, l.CommunityId }).IsUnique();
        builder.HasIndex(l => new { l.SettlementId, l.TownshipId });
        builder.HasOne<Community>().WithMany().HasForeignKey(l => l.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardPayoutConfiguration : IEntityTypeConfiguration<AwardPayout>
{
    public void Configure(EntityTypeBuilder<AwardPayout> builder)
    {
        builder.Property(p => p.Quarter).HasConversion<QuarterConverter>().HasMaxLength(QuarterConverter.Length);
        builder.Property(p => p.PayeeName).HasMaxLength(80);
        builder.Property(p => p.PayeeBank).HasMaxLength(60);
        builder.Property(p => p.PayeeAccount).HasMaxLength(32);

        // Exactly once: one live payout per community and quarter, whatever retries, workers or clicks attempt.
        builder.HasIndex(p => new { p.Quarter, p.CommunityId }).IsUnique().HasFilter("\"ReversedAt\" IS NULL");
        builder.HasIndex(p => new { p.SettlementId, p.TownshipId });
        builder.HasOne<QuarterSettlement>().WithMany().HasForeignKey(p => p.SettlementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IssuedNoticeConfiguration : IEntityTypeConfiguration<IssuedNotice>
{
    public void Configure(EntityTypeBuilder<IssuedNotice> builder)
    {
        builder.Property(n => n.Quarter).HasConversion<QuarterConverter>().HasMaxLength(QuarterConverter.Length);
        builder.Property(n => n.Number).HasMaxLength(40);
        builder.Property(n => n.Sha256).HasMaxLength(64);
        builder.Property(n => n.FileName).HasMaxLength(200);
        builder.HasIndex(n => new { n.Quarter, n.CommunityId, n.Kind, n.Round }).IsUnique();
        builder.HasIndex(n => new { n.SettlementId, n.TownshipId });
        builder.HasIndex(n => new { n.Year, n.Sequence }).IsUnique();
        builder.HasOne<QuarterSettlement>().WithMany().HasForeignKey(n => n.SettlementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(n => n.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SettlementFileConfiguration : IEntityTypeConfiguration<SettlementFile>
{
    public void Configure(EntityTypeBuilder<SettlementFile> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasIndex(f => new { f.SettlementId, f.Round, f.Name }).IsUnique();
        builder.HasOne<QuarterSettlement>().WithMany().HasForeignKey(f => f.SettlementId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The rules a settlement was graded by, as one short invariant text: "90|10|75|5000000|2000000|Cascade|Refuse".</summary>
internal sealed class GradingRulesConverter() : ValueConverter<GradingRules, string>(r => Write(r), text => Read(text))
{
    private static string Write(GradingRules r) => string.Join('|',
        r.AdvancedThreshold.ToString(CultureInfo.InvariantCulture), r.AdvancedRankLimit?.ToString(CultureInfo.InvariantCulture) ?? "",
        r.EffectiveThreshold.ToString(CultureInfo.InvariantCulture), r.AdvancedAward.Fen.ToString(CultureInfo.InvariantCulture),
        r.EffectiveAward.Fen.ToString(CultureInfo.InvariantCulture), r.TieBreak, r.Shortfall);

    private static GradingRules Read(string text)
    {
        var p = text.Split('|');
        return new GradingRules(
            decimal.Parse(p[0], CultureInfo.InvariantCulture), p[1].Length == 0 ? null : int.Parse(p[1], CultureInfo.InvariantCulture),
            decimal.Parse(p[2], CultureInfo.InvariantCulture), Money.FromFen(long.Parse(p[3], CultureInfo.InvariantCulture)),
            Money.FromFen(long.Parse(p[4], CultureInfo.InvariantCulture)), Enum.Parse<TieBreak>(p[5]), Enum.Parse<ShortfallPolicy>(p[6]));
    }
}
