using System.Globalization;
using Grants.Domain;
using Grants.Domain.Projects;

namespace Grants.Infrastructure.Seeding;

/// <summary>How far a demo project has come. 完工 and a closed notice with a settled objection are shown as stages of their own.</summary>
internal enum DemoStage
{
    Planning,
    NoticeOpen,
    NoticeWithObjection,
    Approved,
    InProgress,
    WorksCompleted,
    Accepted,
    Settled,
    Archived,
}

/// <summary>
/// Brings the demo's projects to life through the domain: registration details, a budget from all four sources that
/// keeps the co-financing rules (a few planning projects do not, to show the warning), and the lifecycle up to its
/// stage. The stages go round the county in turn so every township shows several; all dates are fixed days of 2026.
/// Its own random seed, so the pools and the journal stay exactly as they were.
/// </summary>
internal sealed class DemoProjects
{
    private const string ApprovedBy = "approver";
    private static readonly int StageCount = Enum.GetValues<DemoStage>().Length;

    private readonly Random random = new(DemoFunds.FiscalYear + 1);
    private int developed;
    private int firstsDeveloped;
    private int receipts;

    /// <summary>A township's first project, funded from last year's pool, is among the furthest along.</summary>
    public void Develop(Project project, bool fundedLastYear)
    {
        // Offset so that the first two townships (the demo accountants' own) start with works under way and can file requests.
        var stage = fundedLastYear ? DemoStage.Archived - (firstsDeveloped++ + 3) % 5 : (DemoStage)(developed++ % StageCount);
        var noticeOn = NoticeStart(stage);
        var place = project.Name[..^project.CatalogueLine.Length];
        var plannedStart = (noticeOn ?? new DateOnly(DemoFunds.FiscalYear, 12, 7)).AddDays(random.Next(25, 40));
        project.Describe(
            place + DemoProjectTexts.Spots[random.Next(DemoProjectTexts.Spots.Length)],
            random.Next(15, 121), random.Next(2, 13), plannedStart, plannedStart.AddDays(random.Next(90, 180)), Responsible());

        // A budget drawn up before the notice shows it; every other planning project still lacks the residents' share.
        var warned = stage == DemoStage.Planning && developed / StageCount % 2 == 0;
        Fund(project, noticeOn ?? new DateOnly(DemoFunds.FiscalYear, 11, 20), warned);
        if (noticeOn is { } on)
        {
            Advance(project, stage, on);
        }
    }

    /// <summary>The later the stage, the earlier its notice: the projects of January are archived by the autumn.</summary>
    private DateOnly? NoticeStart(DemoStage stage)
    {
        (int Month, int Day)? start = stage switch
        {
            DemoStage.Archived => (1, 12),
            DemoStage.Settled => (2, 9),
            DemoStage.Accepted => (3, 9),
            DemoStage.WorksCompleted => (4, 13),
            DemoStage.InProgress => (6, 8),
            DemoStage.Approved => (9, 14),
            DemoStage.NoticeWithObjection => (11, 2),
            DemoStage.NoticeOpen => (11, 23),
            _ => null,
        };
        return start is { } s ? Workday(new DateOnly(DemoFunds.FiscalYear, s.Month, s.Day).AddDays(random.Next(0, 5))) : null;
    }

    private void Fund(Project project, DateOnly budgetedBy, bool withoutResidentsShare)
    {
        if (withoutResidentsShare)
        {
            project.PledgeSelfFunding(Money.FromYuan(5_000m));
            Donate(project, Money.FromYuan(random.Next(150, 301) * 1_000m), budgetedBy);
            return;
        }

        var (labourText, rate) = DemoProjectTexts.Labour[random.Next(DemoProjectTexts.Labour.Length)];
        project.RecordLabour(labourText, random.Next(60, 301), Money.FromYuan(rate));
        var material = DemoProjectTexts.Materials[random.Next(DemoProjectTexts.Materials.Length)];
        project.RecordMaterials(material.Text, random.Next(material.From, material.To + 1), material.Unit, Money.FromYuan(material.UnitValue));

        // The residents carry at least 40% of the integrated funds, so a total exists that keeps both rules with room.
        var integrated = project.IntegratedFunds.Fen;
        var cash = random.Next(10, 61) * 100_000L;
        var inKind = project.Budget.InKindTotal.Fen;
        cash = Math.Max(cash, RoundUp(integrated * 4 / 10 - inKind));
        project.PledgeSelfFunding(Money.FromFen(cash));

        var residents = cash + inKind;
        var least = RoundUp(Math.Max(0, (integrated * 10 + 5) / 6 - integrated - residents));
        var most = (4 * residents - integrated) / 100_000 * 100_000;
        var donations = least + (long)((most - least) * (0.2 + 0.5 * random.NextDouble())) / 100_000 * 100_000;
        Donate(project, Money.FromFen(Math.Max(least, donations)), budgetedBy);
    }

    private void Donate(Project project, Money total, DateOnly budgetedBy)
    {
        var parts = total.Fen < 3_000_000 ? 1 : random.Next(1, 4);
        var share = total.Fen / parts / 100_000 * 100_000;
        for (var i = 0; i < parts && total.IsPositive; i++)
        {
            var amount = i == parts - 1 ? total : Money.FromFen(share);
            var on = Workday(Max(budgetedBy.AddDays(-random.Next(5, 40)), new DateOnly(DemoFunds.FiscalYear, 1, 5)));
            project.ReceiveDonation(Donor(), amount, on, $"JZ{DemoFunds.FiscalYear}-{(++receipts).ToString("0000", CultureInfo.InvariantCulture)}");
            total -= amount;
        }
    }

    private void Advance(Project project, DemoStage stage, DateOnly noticeOn)
    {
        project.StartPublicNotice(noticeOn);
        var lastDay = project.NoticeLastDay!.Value;
        if (stage == DemoStage.NoticeWithObjection || (stage > DemoStage.NoticeWithObjection && random.NextDouble() < 0.25))
        {
            var (text, resolution) = DemoProjectTexts.Objections[random.Next(DemoProjectTexts.Objections.Length)];
            var raised = noticeOn.AddDays(random.Next(1, 4));
            project.RecordObjection(text, raised);
            project.ResolveObjection(project.Objections.Count, resolution, raised.AddDays(random.Next(1, 5)));
        }

        if (stage <= DemoStage.NoticeWithObjection)
        {
            return;
        }

        var approved = Workday(lastDay.AddDays(random.Next(1, 5)));
        project.Approve(approved, ApprovedBy, CoFinancingRules.Default);
        if (stage == DemoStage.Approved)
        {
            return;
        }

        var started = Workday(approved.AddDays(random.Next(7, 21)));
        project.Start(started);
        if (stage == DemoStage.InProgress)
        {
            return;
        }

        var completed = Workday(started.AddDays(random.Next(60, 101)));
        project.CompleteWorks(completed);
        if (stage == DemoStage.WorksCompleted)
        {
            return;
        }

        var accepted = Workday(completed.AddDays(random.Next(10, 21)));
        project.Accept(new AcceptanceRecord(
            DemoProjectTexts.Inspectors[random.Next(DemoProjectTexts.Inspectors.Length)],
            DemoProjectTexts.Findings[random.Next(DemoProjectTexts.Findings.Length)], accepted));
        if (stage == DemoStage.Accepted)
        {
            return;
        }

        var settled = Workday(accepted.AddDays(random.Next(15, 31)));
        project.Settle(settled);
        if (stage == DemoStage.Archived)
        {
            project.Archive(Workday(settled.AddDays(random.Next(20, 41))));
        }
    }

    private string Donor()
    {
        var surname = DemoNames.Surnames[random.Next(DemoNames.Surnames.Length)];
        var donor = DemoProjectTexts.Donors[random.Next(DemoProjectTexts.Donors.Length)];
        return string.Format(CultureInfo.InvariantCulture, donor, surname);
    }

    private string Responsible() =>
        DemoNames.Surnames[random.Next(DemoNames.Surnames.Length)] + "某某（" + DemoProjectTexts.Roles[random.Next(DemoProjectTexts.Roles.Length)] + "）";

    /// <summary>Up to the next whole thousand yuan, as budgets are drawn up.</summary>
    private static long RoundUp(long fen) => fen <= 0 ? 0 : (fen + 99_999) / 100_000 * 100_000;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Workday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
