using System.CommandLine;
using System.Globalization;
using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Domain.Users;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Settlement;
using Grants.Web.Jobs;
using Grants.Web.Localization;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Cli;

/// <summary>
/// `./grants settle --quarter 2026Q3 [--review-as CLERK] [--confirm-as APPROVER]`: what the jobs and the settlement
/// pages do, from the command line. Drafts the quarter (or leaves a locked one alone), reviews and confirms when asked,
/// then makes whatever payouts and documents are still missing. Run it twice and the second run changes nothing.
/// </summary>
internal static class SettleCommand
{
    public static Command Create()
    {
        var quarter = new Option<string>("--quarter") { Description = "The quarter to settle, e.g. 2026Q3", Required = true };
        var reviewAs = new Option<string?>("--review-as") { Description = "Review the draft as this finance clerk" };
        var confirmAs = new Option<string?>("--confirm-as") { Description = "Confirm as this finance approver (not the reviewer); then pay and issue" };
        var enqueue = new Option<bool>("--enqueue") { Description = "Leave the payouts and documents to the job servers (PostgreSQL workers) instead of making them here" };
        var command = new Command("settle", "Settle a quarter: draft, review and confirm when asked, then pay the awards and issue every document") { quarter, reviewAs, confirmAs, enqueue };
        command.SetAction(async (result, ct) =>
        {
            using var host = CliServices.Build(CommonOptions.ToHostArgs(result));
            var q = Quarter.TryParse(result.GetValue(quarter)) ?? throw new OperatorException($"'{result.GetValue(quarter)}' is not a quarter; write it like 2026Q3.");
            return await host.InScope(sp => RunAsync(sp, q, result.GetValue(reviewAs), result.GetValue(confirmAs), Console.Out, ct, result.GetValue(enqueue)));
        });
        return command;
    }

    internal static async Task<int> RunAsync(
        IServiceProvider services, Quarter quarter, string? reviewAs, string? confirmAs, TextWriter output, CancellationToken ct, bool enqueue = false)
    {
        var db = services.GetRequiredService<GrantsDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new OperatorException("the database is not migrated; check --data/--connection, or run ./grants migrate first.");
        }

        try
        {
            var id = await services.GetRequiredService<SettlementDrafting>().DraftAsync(quarter, "grants settle", ct);
            var steps = services.GetRequiredService<SettlementSteps>();
            if (reviewAs is not null)
            {
                await RequireRoleAsync(services, reviewAs, Role.FinanceClerk, Role.Administrator);
                await StepAsync(db, id, SettlementStatus.Drafted, version => steps.ReviewAsync(id, version, reviewAs, ct), ct);
            }

            if (confirmAs is not null)
            {
                await RequireRoleAsync(services, confirmAs, Role.FinanceApprover);
                await StepAsync(db, id, SettlementStatus.Reviewed, version => steps.ConfirmAsync(id, version, confirmAs, ct), ct);
            }

            db.ChangeTracker.Clear();
            var settlement = await db.Settlements.AsNoTracking().SingleAsync(s => s.Id == id, ct);
            await output.WriteLineAsync(Describe(settlement));
            if (settlement.IsLocked && enqueue)
            {
                var storage = DependencyInjection.CreateJobStorage(services.GetRequiredService<GrantsSettings>());
                GlobalConfiguration.Configuration.UseGrantsJobStorage(storage);
                var job = new BackgroundJobClient(storage).Enqueue<SettlementJobs>(j => j.PayAsync(id, CancellationToken.None));
                await output.WriteLineAsync($"settle: the payouts and documents are queued for the job servers (job {job})");
            }
            else if (settlement.IsLocked)
            {
                var progress = await services.GetRequiredService<SettlementRun>().RunAllAsync(id, ct);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"settle: {progress.Status}: payouts {progress.PayoutsMade}/{progress.PayoutsExpected}, notices {progress.NoticesIssued}/{progress.NoticesExpected}, county files {progress.FilesWritten}/{progress.FilesExpected}"));
            }

            return 0;
        }
        catch (DomainRuleException e)
        {
            await Console.Error.WriteLineAsync($"settle: {RuleText(e)}");
            return 1;
        }
    }

    private static string Describe(QuarterSettlement s) => string.Create(CultureInfo.InvariantCulture,
        $"settle: {s.Quarter} round {s.Round}: {s.Status}; awards {s.AwardTotal}{(s.ProRated ? " (pro rata)" : "")}; inputs sha256 {s.SnapshotHash}");

    /// <summary>A refusal in Chinese, as the county reads it; arguments that are catalogue keys are translated too.</summary>
    private static string RuleText(DomainRuleException e)
    {
        string Find(string key) => UiText.Catalogue.Find(key, UiText.Chinese) ?? key;
        return string.Format(UiText.Chinese, Find(e.Code), [.. e.Arguments.Select(a => a is string s ? Find(s) : a)]);
    }

    /// <summary>
    /// Takes a step when the settlement waits for it. Another process that took it first (a second `settle`, a clerk on
    /// the page) is not an error: the settlement has moved on, and so does this run.
    /// </summary>
    private static async Task StepAsync(GrantsDbContext db, int id, SettlementStatus awaited, Func<int, Task> step, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var now = await db.Settlements.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Status, s.Version }).SingleAsync(ct);
        if (now.Status != awaited)
        {
            return;
        }

        try
        {
            await step(now.Version);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DomainRuleException { Code: "Rule.Settlement.ChangedMeanwhile" or "Rule.Settlement.WrongStep" })
        {
            db.ChangeTracker.Clear();
        }
    }

    private static async Task RequireRoleAsync(IServiceProvider services, string userName, params string[] roles)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new OperatorException($"there is no user {userName}");
        foreach (var role in roles)
        {
            if (await users.IsInRoleAsync(user, role))
            {
                return;
            }
        }

        throw new OperatorException($"{userName} may not do this: it needs the role {string.Join(" or ", roles)}");
    }
}
