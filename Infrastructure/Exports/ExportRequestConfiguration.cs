using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Exports;

internal sealed class ExportRequestConfiguration : IEntityTypeConfiguration<ExportRequest>
{
    public void Configure(EntityTypeBuilder<ExportRequest> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserName).HasMaxLength(64);
        builder.Property(r => r.Selection).HasMaxLength(1000);
        builder.Property(r => r.FileName).HasMaxLength(ExportRequest.FileNameMax);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.Error).HasMaxLength(ExportRequest.ErrorMax);
        // The download list: one user's requests.
        builder.HasIndex(r => r.UserId);
    }
}
