using Grants.Infrastructure.Data;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Exports;

public sealed record MyExportRow(
    int Id, ExportKind Kind, ExportFormat Format, string FileName, ExportStatus Status, int Progress, long RowCount, long? Size,
    DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt, string? Error);

public sealed record ExportFile(string Sha256, string ContentType, string FileName);

/// <summary>
/// 我的导出: the signed-in user's own background exports, newest first, and the file of one of them. Every read is
/// keyed by the user's id, so another user's request — another auditor's included — is simply not found.
/// </summary>
public sealed class MyExportsQuery(GrantsDbContext db, ICurrentUser user)
{
    private const int Shown = 50;

    public async Task<IReadOnlyList<MyExportRow>> ListAsync(CancellationToken ct) =>
        user.UserId is not { } userId
            ? []
            : await db.ExportRequests.AsNoTracking()
                .Where(r => r.UserId == userId)
                .OrderByDescending(r => r.Id)
                .Take(Shown)
                .Select(r => new MyExportRow(r.Id, r.Kind, r.Format, r.FileName, r.Status, r.Progress, r.RowCount, r.Size, r.RequestedAt, r.FinishedAt, r.Error))
                .ToListAsync(ct);

    public async Task<ExportFile?> FileAsync(int id, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return null;
        }

        var request = await db.ExportRequests.AsNoTracking()
            .Where(r => r.Id == id && r.UserId == userId && r.Status == ExportStatus.Done && r.Sha256 != null)
            .Select(r => new { r.Sha256, r.Format, r.FileName })
            .SingleOrDefaultAsync(ct);
        return request is null ? null : new ExportFile(request.Sha256!, LedgerExportWriter.ContentType(request.Format), request.FileName);
    }
}
