namespace Grants.Domain.Projects;

/// <summary>The acceptance inspection (验收单): who inspected, what they found, and when.</summary>
public sealed record AcceptanceRecord
{
    public AcceptanceRecord(string inspector, string findings, DateOnly acceptedOn)
    {
        Inspector = Text.Require(inspector, "Acceptance.Inspector", 60);
        Findings = Text.Require(findings, "Acceptance.Findings", 1000);
        AcceptedOn = acceptedOn;
    }

    public string Inspector { get; private init; }

    public string Findings { get; private init; }

    public DateOnly AcceptedOn { get; private init; }
}
