using Grants.Domain;
using Grants.Domain.Assessment;

namespace Grants.Reports.Settlement;

/// <summary>
/// A quarter's settlement (季度结账) as printed: every graded community with its scores, grade and award, ready for the
/// summary PDF and the settlement workbook. Flat and already decided — the reports compute nothing but sums.
/// </summary>
/// <param name="County">The county, e.g. "示范县".</param>
/// <param name="Issuer">The issuing body, e.g. "示范县财政局".</param>
/// <param name="QuarterCode">e.g. "2026Q3".</param>
/// <param name="QuarterName">e.g. "2026年第三季度".</param>
/// <param name="Criteria">The criteria in column order (the union of the rubrics used, by name); every result has one score per criterion, or none where its rubric lacks that criterion.</param>
/// <param name="InputHash">SHA-256 of the settlement's input snapshot, printed so a copy can be checked against a recomputation.</param>
public sealed record SettlementReport(
    string County,
    string Issuer,
    string QuarterCode,
    string QuarterName,
    DateOnly SettledOn,
    string PreparedBy,
    string ApprovedBy,
    IReadOnlyList<CriterionHeading> Criteria,
    IReadOnlyList<CommunityResult> Results,
    string InputHash);

/// <summary>A rubric criterion as a column: its name and maximum points.</summary>
public sealed record CriterionHeading(string Name, decimal MaxPoints);

/// <summary>
/// One community's quarter. <paramref name="BlackCardsInARow"/> counts this quarter's card too (2 = interview);
/// <paramref name="CardRemoved"/> is true when a good quarter takes down an earlier card (摘牌).
/// </summary>
public sealed record CommunityResult(
    string TownshipCode,
    string Township,
    string Community,
    string Category,
    IReadOnlyList<decimal?> CriterionScores,
    decimal ResidentsScore,
    decimal Composite,
    int Rank,
    Grade Grade,
    Money Award,
    int BlackCardsInARow,
    bool CardRemoved);

/// <summary>The bank payment list (支付清单) the treasury imports: one line per award payout.</summary>
public sealed record PaymentList(
    string Title,
    string Payer,
    string PayerAccount,
    string PayerBank,
    DateOnly PreparedOn,
    IReadOnlyList<PaymentLine> Lines);

/// <summary>One transfer: the payee's account as text (leading zeros and 19 digits survive), the amount in yuan to the fen.</summary>
public sealed record PaymentLine(
    int No,
    string Payee,
    string PayeeBank,
    string PayeeAccount,
    Money Amount,
    string Purpose,
    string Reference);
