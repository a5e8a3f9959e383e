namespace Grants.Domain.Assessment;

/// <summary>
/// A community's black-card standing after a quarter (挂黑牌). An ordinary quarter hangs a card — a public notice (通报) —
/// and counts the cards in a row; from the second in a row the community is also called to an interview (约谈).
/// A good quarter after a card takes the card down (摘牌) and starts the count again.
/// </summary>
/// <param name="BlackCardsInARow">Including this quarter's card: 0 after a good quarter, 1 for a first card, 2 and more when escalated.</param>
/// <param name="CardRemoved">True when this good quarter took down the card of the quarter before.</param>
public sealed record CardStanding(int BlackCardsInARow, bool CardRemoved)
{
    /// <summary>The card in a row from which the interview notice goes out.</summary>
    public const int InterviewFrom = 2;

    public bool HasBlackCard => BlackCardsInARow > 0;

    public bool InterviewDue => BlackCardsInARow >= InterviewFrom;

    public static CardStanding After(int cardsBefore, Grade grade)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cardsBefore);
        return grade == Grade.Ordinary ? new(checked(cardsBefore + 1), CardRemoved: false) : new(0, CardRemoved: cardsBefore > 0);
    }
}
