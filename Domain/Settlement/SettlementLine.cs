using Grants.Domain.Assessment;

namespace Grants.Domain.Settlement;

/// <summary>
/// One community's result in a settlement draft, copied from the grading so the reviewed figures are the paid ones.
/// <see cref="NoticeSequence"/> is the number its notice carries (示财〔2026〕N号), fixed at drafting so a re-run
/// document job prints the same number.
/// </summary>
public sealed class SettlementLine
{
    private SettlementLine() { }

    internal SettlementLine(CommunityOutcome outcome, int townshipId, int noticeSequence)
    {
        CommunityId = outcome.Community.Id;
        TownshipId = townshipId;
        ScorecardId = outcome.ScorecardId;
        Composite = outcome.Composite;
        ResidentsScore = outcome.ResidentsScore;
        Rank = outcome.Rank;
        Grade = outcome.Grade;
        NominalAward = outcome.NominalAward;
        Award = outcome.Award;
        BlackCardsInARow = outcome.Card.BlackCardsInARow;
        CardRemoved = outcome.Card.CardRemoved;
        NoticeSequence = noticeSequence;
    }

    public long Id { get; private set; }

    public int SettlementId { get; private set; }

    public int CommunityId { get; private set; }

    public int TownshipId { get; private set; }

    public long ScorecardId { get; private set; }

    public decimal Composite { get; private set; }

    public decimal ResidentsScore { get; private set; }

    public int Rank { get; private set; }

    public Grade Grade { get; private set; }

    public Money NominalAward { get; private set; }

    public Money Award { get; private set; }

    public int BlackCardsInARow { get; private set; }

    public bool CardRemoved { get; private set; }

    public int NoticeSequence { get; private set; }

    public bool InterviewDue => BlackCardsInARow >= CardStanding.InterviewFrom;

    /// <summary>The notices this line gets: an award or a black card, and an interview when the cards escalate.</summary>
    public IEnumerable<NoticeKind> Notices() => NoticesFor(Grade, Award, BlackCardsInARow);

    public static IEnumerable<NoticeKind> NoticesFor(Grade grade, Money award, int blackCardsInARow)
    {
        if (grade == Grade.Ordinary)
        {
            yield return NoticeKind.BlackCard;
            if (blackCardsInARow >= CardStanding.InterviewFrom)
            {
                yield return NoticeKind.Interview;
            }
        }
        else if (award.IsPositive)
        {
            yield return NoticeKind.Award;
        }
    }
}
