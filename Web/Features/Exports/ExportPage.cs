using System.Globalization;
using Grants.Domain;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Exports;

/// <summary>
/// The export page's reads: the choices it offers, whether the ids in the form are ones the user may see, and how many
/// lines the export holds. Everything goes through the user's own <see cref="ScopedLedger"/> and filtered sets.
/// </summary>
public sealed class ExportPageQuery(GrantsDbContext db, ICurrentUser user, IConfiguration configuration)
{
    /// <summary>Up to this many journal lines an export downloads at once; more go to a background job. Read per request.</summary>
    public int DirectLimit => Math.Max(0, configuration.GetValue("Grants:Exports:DirectLines", 50_000));

    public LedgerExportWriter Writer() => new(db, ScopedLedger.Of(db, user));

    public async Task FillAsync(ExportForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        // Pools are county-wide: a township accountant has no pool account to choose.
        var pools = user.TownshipScope is null
            ? await db.Pools.AsNoTracking().OrderByDescending(p => p.FiscalYear).ThenBy(p => p.Name).Select(p => new ExportChoice(p.Id, $"{p.FiscalYear} {p.Name}")).ToListAsync(ct)
            : [];
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code).Select(t => new ExportChoice(t.Id, t.Name)).ToListAsync(ct);
        var projects = await (
            from p in db.Projects.AsNoTracking()
            join t in db.Townships on p.TownshipId equals t.Id
            orderby t.Code, p.Name
            select new ExportChoice(p.Id, t.Name + " · " + p.Name)).ToListAsync(ct);
        form.Options = new ExportOptions(pools, townships, projects, DirectLimit);
    }

    /// <summary>False when the form names a pool, township or project the user may not see: the page answers 404.</summary>
    public async Task<bool> InScopeAsync(ExportForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return (form.Pool is not { } pool || (user.TownshipScope is null && await db.Pools.AnyAsync(p => p.Id == pool, ct)))
            && (form.Township is not { } township || await db.Townships.AnyAsync(t => t.Id == township, ct))
            && (form.Project is not { } project || await db.Projects.AnyAsync(p => p.Id == project, ct));
    }

    /// <summary>The journal lines the export holds; refuses a reversed period and a PDF too long to read.</summary>
    public async Task<long> CountAsync(ExportForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.From > form.To)
        {
            throw new DomainRuleException("Exports.PeriodReversed") { Field = nameof(ExportForm.To) };
        }

        var lines = await Writer().CountAsync(form.ToSelection(), ct);
        if (form.Format == ExportFormat.Pdf && lines > LedgerExportWriter.MaxPdfLines)
        {
            throw new DomainRuleException("Exports.PdfTooLarge", LedgerExportWriter.MaxPdfLines.ToString("N0", CultureInfo.InvariantCulture))
            {
                Field = nameof(ExportForm.Format),
            };
        }

        return lines;
    }
}
