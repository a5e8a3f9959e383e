using Grants.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.Property(e => e.Description).HasMaxLength(300);
        builder.Property(e => e.Source).HasMaxLength(64);
        builder.Property(e => e.PostedBy).HasMaxLength(64);
        builder.Ignore(e => e.Total);
        builder.HasIndex(e => e.Source);
        builder.HasIndex(e => e.BookedOn);
        builder.HasIndex(e => e.ReversesEntryId).IsUnique();
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(e => e.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class JournalLineConfiguration : IEntityTypeConfiguration<JournalLine>
{
    public void Configure(EntityTypeBuilder<JournalLine> builder)
    {
        builder.Property(l => l.Account).HasMaxLength(64);
        builder.HasIndex(l => l.Account);
    }
}
