using System.Globalization;
using System.Linq.Expressions;
using Grants.Domain.Audit;
using Grants.Infrastructure.Audit;
using Grants.Web.Cli;
using Grants.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Tests.Features;

/// <summary>Reading the audit trail back in the tests: the records that match, and the whole chain verified.</summary>
internal static class AuditTrailKit
{
    public static Task<List<AuditRecord>> RecordsAsync(this GrantsApp app, Expression<Func<AuditRecord, bool>> where) =>
        app.InDb(db => db.AuditRecords.AsNoTracking().Where(where).OrderBy(r => r.Sequence).ToListAsync());

    public static Task<long> AuditHeadAsync(this GrantsApp app) =>
        app.InDb(db => db.AuditRecords.MaxAsync(r => r.Sequence));

    public static Task<AuditVerification> VerifyAuditAsync(this GrantsApp app) =>
        app.InDb(db => new AuditVerifier(db).VerifyAsync());

    public static async Task AssertAuditVerifiesAsync(this GrantsApp app)
    {
        var result = await app.VerifyAuditAsync();
        Assert.True(result.IsOk, result.Discrepancy is { } d ? VerifyCommand.Describe(d) : "");
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The [before, after] pair a Modified record holds for one property, as JSON text.</summary>
    public static (string Before, string After) Change(AuditRecord record, string property)
    {
        using var json = System.Text.Json.JsonDocument.Parse(record.Changes!);
        var pair = json.RootElement.GetProperty(property);
        return (pair[0].GetRawText(), pair[1].GetRawText());
    }

    public static string Value(AuditRecord record, string property)
    {
        using var json = System.Text.Json.JsonDocument.Parse(record.Changes!);
        return json.RootElement.GetProperty(property).GetRawText();
    }

    public static bool IsEvent(this AuditRecord record, string action, string actor) => record.Action == action && record.Actor == actor;

    public static readonly string[] EntityActions = [AuditActions.Added, AuditActions.Modified, AuditActions.Deleted];
}
