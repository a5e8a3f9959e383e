using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Grants.Domain.Users;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Ledger;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Grants.Web.Features.Exports;

public static class ExportRoles
{
    /// <summary>Everyone who keeps or checks money: the county's finance roles and auditors, and township accountants for their own township.</summary>
    public const string Exporters = $"{Role.Administrator},{Role.FinanceClerk},{Role.FinanceApprover},{Role.Auditor},{Role.TownshipAccountant}";

    /// <summary>Whether a page offers exports (an evidence pack's button) to this user; the controller checks again.</summary>
    public static bool Allows(ClaimsPrincipal user) => Exporters.Split(',').Any(user.IsInRole);
}

public sealed record ExportChoice(int Id, string Name);

/// <summary>What the form offers: the pools (county-wide users only), the townships and projects the user may see.</summary>
public sealed record ExportOptions(IReadOnlyList<ExportChoice> Pools, IReadOnlyList<ExportChoice> Townships, IReadOnlyList<ExportChoice> Projects, int DirectLimit);

/// <summary>
/// The export form, sent by GET (download now) or POST (write it in the background). A malformed value binds to
/// null and leaves a localized model error. Each filter given narrows the accounts: pool, township, project, payee.
/// </summary>
public sealed class ExportForm
{
    /// <summary>The ledgers this form writes; an evidence pack is asked for from its project's or quarter's page.</summary>
    public static IReadOnlyList<ExportKind> Kinds { get; } = [ExportKind.Journal, ExportKind.AccountLedger];

    public static IReadOnlyList<ExportFormat> Formats { get; } = [ExportFormat.Xlsx, ExportFormat.Pdf];

    [Display(Name = "Exports.What"), AllowedValues(ExportKind.Journal, ExportKind.AccountLedger, ErrorMessage = "Validation.RegularExpression")]
    public ExportKind What { get; set; } = ExportKind.AccountLedger;

    [Display(Name = "Exports.Format"), AllowedValues(ExportFormat.Xlsx, ExportFormat.Pdf, ErrorMessage = "Validation.RegularExpression")]
    public ExportFormat Format { get; set; } = ExportFormat.Xlsx;

    [Display(Name = "Exports.From")]
    public DateOnly? From { get; set; }

    [Display(Name = "Exports.To")]
    public DateOnly? To { get; set; }

    [Display(Name = "Exports.Pool")]
    public int? Pool { get; set; }

    [Display(Name = "Exports.Township")]
    public int? Township { get; set; }

    [Display(Name = "Exports.Project")]
    public int? Project { get; set; }

    [Display(Name = "Exports.Payee"), StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string? Payee { get; set; }

    /// <summary>Set by the form's export button: without it the page only shows the form.</summary>
    public bool Run { get; set; }

    [BindNever]
    public ExportOptions? Options { get; set; }

    /// <summary>The lines selected, once counted and found too many to download at once.</summary>
    [BindNever]
    public long? TooManyLines { get; set; }

    public LedgerSelection ToSelection() => new(
        What, Format, From, To, new AccountFilter(Pool, Township, Project, string.IsNullOrWhiteSpace(Payee) ? null : Payee.Trim()));

    /// <summary>The form's fields as route values, for links and hidden fields that repeat the same export.</summary>
    public IDictionary<string, string> RouteValues() => new Dictionary<string, string?>
    {
        ["what"] = What.ToString(), ["format"] = Format.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["pool"] = Pool?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["township"] = Township?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["project"] = Project?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["payee"] = Payee,
    }.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value!);
}
