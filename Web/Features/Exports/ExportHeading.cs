using System.Globalization;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Ledger;
using Grants.Reports.Workbooks;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Exports;

/// <summary>
/// The title and the line under it: whose ledger (the reader's township, or the township chosen), which ledger, the
/// period, and the other filters — so a printed page says what it covers.
/// </summary>
internal sealed class ExportHeading(GrantsDbContext db, ScopedLedger ledger)
{
    public async Task<LedgerHeading> ForAsync(LedgerSelection s, CancellationToken ct)
    {
        var filter = s.Accounts;
        var township = ledger.TownshipScope ?? filter.TownshipId;
        var whose = township is { } t ? await db.Townships.AsNoTracking().Where(x => x.Id == t).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        var title = $"{whose}以奖代补资金{(s.Kind == ExportKind.Journal ? "日记账" : "明细分类账")}";

        var parts = new List<string> { $"{Day(s.From)} 至 {Day(s.To)}" };
        if (filter.PoolId is { } pool)
        {
            parts.Add($"资金池：{await db.Pools.AsNoTracking().Where(p => p.Id == pool).Select(p => p.Name).SingleOrDefaultAsync(ct)}");
        }

        if (filter.ProjectId is { } project)
        {
            parts.Add($"项目：{await db.Projects.AsNoTracking().Where(p => p.Id == project).Select(p => p.Name).SingleOrDefaultAsync(ct)}");
        }

        if (filter.Payee is { } payee)
        {
            parts.Add($"收款人：{payee}");
        }

        return new LedgerHeading(title, string.Join("　", parts));
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
