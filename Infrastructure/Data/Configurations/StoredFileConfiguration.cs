using Grants.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grants.Infrastructure.Data.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles"); // named here because StoredFiles.RecordAsync inserts by SQL
        builder.HasKey(f => f.Sha256);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        // Room for the workbook type (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, 65).
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.UploadedBy).HasMaxLength(64);
    }
}
