using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Pools;

public sealed record AttachedFile(string Sha256, string ContentType, string FileName);

/// <summary>The document attached to a receipt; pools are county-level, so whoever may read pools may read it.</summary>
public sealed class ReceiptFileQuery(GrantsDbContext db)
{
    public Task<AttachedFile?> FindAsync(int receiptId, CancellationToken ct) => (
            from r in db.PoolReceipts.AsNoTracking()
            join f in db.StoredFiles on r.FileSha256 equals f.Sha256
            where r.Id == receiptId
            select new AttachedFile(f.Sha256, f.ContentType, r.FileName ?? f.Sha256))
        .SingleOrDefaultAsync(ct);
}
