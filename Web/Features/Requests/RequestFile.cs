using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Requests;

public sealed record RequestFileRow(string Sha256, string ContentType, string FileName);

/// <summary>
/// A file of a request's evidence, found through the request — so the township scope decides who may download it:
/// a file reached by another township's request id is simply not found.
/// </summary>
public sealed class RequestFileQuery(GrantsDbContext db)
{
    public async Task<RequestFileRow?> FindAsync(int requestId, int? invoiceId, int? evidenceId, CancellationToken ct)
    {
        if (!await db.Requests.AnyAsync(r => r.Id == requestId, ct))
        {
            return null;
        }

        var file = invoiceId is { } i
            ? await db.Invoices.Where(x => x.Id == i && x.RequestId == requestId).Select(x => new { x.File.Sha256, x.File.FileName }).SingleOrDefaultAsync(ct)
            : await db.Set<Grants.Domain.Disbursements.Evidence>().Where(x => x.Id == evidenceId && x.RequestId == requestId)
                .Select(x => new { x.File.Sha256, x.File.FileName }).SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        var type = await db.StoredFiles.Where(f => f.Sha256 == file.Sha256).Select(f => f.ContentType).SingleAsync(ct);
        return new RequestFileRow(file.Sha256, type, file.FileName);
    }
}
