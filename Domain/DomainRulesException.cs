namespace Grants.Domain;

/// <summary>
/// Several rules refused one change at once — a submission is checked whole, so the user sees every problem in
/// one go instead of one per attempt. Each problem is a <see cref="DomainRuleException"/> with its own field.
/// </summary>
public sealed class DomainRulesException : Exception
{
    public DomainRulesException(IReadOnlyList<DomainRuleException> problems)
        : base(string.Join("; ", (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => p.Message)))
    {
        Problems = problems.Count > 0 ? problems : throw new ArgumentException("Name at least one problem.", nameof(problems));
    }

    public DomainRulesException() : this([new DomainRuleException()]) { }

    public DomainRulesException(string message, Exception innerException) : base(message, innerException) => Problems = [];

    public DomainRulesException(string message) : base(message) => Problems = [];

    public IReadOnlyList<DomainRuleException> Problems { get; } = [];

    /// <summary>Throws all the problems together, or the single one on its own, or nothing when there are none.</summary>
    public static void ThrowIfAny(IReadOnlyList<DomainRuleException> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 1)
        {
            throw problems[0];
        }

        if (problems.Count > 1)
        {
            throw new DomainRulesException(problems);
        }
    }
}
