using System.ComponentModel.DataAnnotations;
using Grants.Domain.Audit;
using Grants.Infrastructure;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Audit;

/// <summary>The audit page's query string. Before/After are keyset cursors: the page older or newer than that record.</summary>
public sealed class AuditFilter
{
    public const int PageSize = 50;

    public static readonly string[] Keys = [nameof(User), nameof(From), nameof(To), nameof(EntityType), nameof(EntityId), nameof(Action)];

    [Display(Name = "Audit.User"), StringLength(256, ErrorMessage = "Validation.StringLength")]
    public string? User { get; set; }

    [Display(Name = "Audit.From")]
    public DateOnly? From { get; set; }

    [Display(Name = "Audit.To")]
    public DateOnly? To { get; set; }

    [Display(Name = "Audit.EntityType"), StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string? EntityType { get; set; }

    [Display(Name = "Audit.EntityId"), StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string? EntityId { get; set; }

    // From the query string only: the route's own "action" value (the MVC action's name) would win otherwise.
    [Display(Name = "Audit.Action"), StringLength(40, ErrorMessage = "Validation.StringLength"), FromQuery(Name = "action")]
    public string? Action { get; set; }

    public long? Before { get; set; }

    public long? After { get; set; }

    internal void Normalize()
    {
        User = Trimmed(User);
        EntityType = Trimmed(EntityType);
        EntityId = Trimmed(EntityId);
        Action = Trimmed(Action);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record AuditRow(
    long Sequence, DateTimeOffset At, string Actor, string? Address, string Operation, string Action, string? EntityType, string? EntityId, string? Changes);

/// <summary>One page, newest first, with the cursors of the pages either side (null where there is none).</summary>
public sealed record AuditPage(AuditFilter Filter, IReadOnlyList<AuditRow> Rows, long? Older, long? Newer)
{
    public IReadOnlyList<string> EntityTypes { get; init; } = [];
}

/// <summary>
/// 审计日志查询: the trail filtered by user, China dates, entity and action, 50 records a page, newest first. Paged by
/// Sequence (keyset), never by OFFSET or COUNT, so the thousandth page costs what the first does on millions of records.
/// A date range becomes a Sequence range first: At never goes backwards along the chain, so two index lookups bound it.
/// </summary>
public sealed class AuditSearchQuery(GrantsDbContext db)
{
    public async Task<AuditPage> SearchAsync(AuditFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.Normalize();
        var (first, last) = await SequenceRangeAsync(filter, ct);
        List<AuditRow> rows;
        if (filter.After is { } after && filter.Before is null)
        {
            rows = await Rows(Matching(filter, Max(first, after + 1), last).OrderBy(r => r.Sequence)).ToListAsync(ct);
            var newer = rows.Count > AuditFilter.PageSize;
            rows = rows.Take(AuditFilter.PageSize).Reverse().ToList();
            return Page(filter, rows, rows.Count > 0 ? rows[^1].Sequence : null, newer ? rows[0].Sequence : null);
        }

        rows = await Rows(Matching(filter, first, Min(last, filter.Before - 1)).OrderByDescending(r => r.Sequence)).ToListAsync(ct);
        var hasOlder = rows.Count > AuditFilter.PageSize;
        rows = rows.Take(AuditFilter.PageSize).ToList();
        // The first newer one by Sequence, not ANY(): PostgreSQL would answer EXISTS by scanning the table from its oldest row.
        var hasNewer = filter.Before is not null && rows.Count > 0
            && await Matching(filter, Max(first, rows[0].Sequence + 1), last).OrderBy(r => r.Sequence).Select(r => (long?)r.Sequence).FirstOrDefaultAsync(ct) is not null;
        return Page(filter, rows, hasOlder ? rows[^1].Sequence : null, hasNewer ? rows[0].Sequence : null);
    }

    // One lower and one upper bound on Sequence, never several: SQLite ranges over the key by one of each and filters
    // the rest row by row.
    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private AuditPage Page(AuditFilter filter, List<AuditRow> rows, long? older, long? newer) =>
        new(filter, rows, older, newer) { EntityTypes = AuditTrail.EntityTypes(db) };

    private static IQueryable<AuditRow> Rows(IQueryable<AuditRecord> records) =>
        records.Take(AuditFilter.PageSize + 1).Select(r => new AuditRow(r.Sequence, r.At, r.Actor, r.Address, r.Operation, r.Action, r.EntityType, r.EntityId, r.Changes));

    private IQueryable<AuditRecord> Matching(AuditFilter filter, long? lowest, long? highest)
    {
        var records = db.AuditRecords.AsNoTracking();
        records = filter.User is { } user ? records.Where(r => r.Actor == user) : records;
        records = filter.EntityType is { } type ? records.Where(r => r.EntityType == type) : records;
        records = filter.EntityId is { } id ? records.Where(r => r.EntityId == id) : records;
        records = filter.Action is { } action ? records.Where(r => r.Action == action) : records;
        records = lowest is { } lo ? records.Where(r => r.Sequence >= lo) : records;
        return highest is { } hi ? records.Where(r => r.Sequence <= hi) : records;
    }

    /// <summary>The first and last Sequence inside the China dates; an empty range when none falls inside.</summary>
    private async Task<(long? First, long? Last)> SequenceRangeAsync(AuditFilter filter, CancellationToken ct)
    {
        long? first = null;
        long? last = null;
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
            first = await db.AuditRecords.AsNoTracking().Where(r => r.At >= start)
                .OrderBy(r => r.At).ThenBy(r => r.Sequence).Select(r => (long?)r.Sequence).FirstOrDefaultAsync(ct) ?? long.MaxValue;
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
            last = await db.AuditRecords.AsNoTracking().Where(r => r.At < end)
                .OrderByDescending(r => r.At).ThenByDescending(r => r.Sequence).Select(r => (long?)r.Sequence).FirstOrDefaultAsync(ct) ?? 0;
        }

        return (first, last);
    }
}
