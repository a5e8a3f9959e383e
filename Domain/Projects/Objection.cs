namespace Grants.Domain.Projects;

/// <summary>An objection (异议) raised during the public notice; the project cannot be approved while one is unresolved.</summary>
public sealed class Objection
{
    private Objection() { }

    internal Objection(int projectId, int number, string text, DateOnly raisedOn)
    {
        ProjectId = projectId;
        Number = number;
        Text = Domain.Text.Require(text, "Objection.Text", 500);
        RaisedOn = raisedOn;
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    /// <summary>1, 2, 3 … within the project: how the notice board and the clerk refer to it.</summary>
    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    public DateOnly RaisedOn { get; private set; }

    public string? Resolution { get; private set; }

    public DateOnly? ResolvedOn { get; private set; }

    public bool IsResolved => ResolvedOn is not null;

    internal void Resolve(string resolution, DateOnly on)
    {
        if (IsResolved)
        {
            throw new DomainRuleException("Rule.ObjectionAlreadyResolved", Number);
        }

        if (on < RaisedOn)
        {
            throw new DomainRuleException("Rule.DateBeforeEarlierStep", on.ToString("yyyy-MM-dd", null), RaisedOn.ToString("yyyy-MM-dd", null));
        }

        Resolution = Domain.Text.Require(resolution, "Objection.Resolution", 500);
        ResolvedOn = on;
    }
}
