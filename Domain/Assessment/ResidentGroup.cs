namespace Grants.Domain.Assessment;

/// <summary>
/// The groups of residents whose satisfaction is surveyed each quarter (绩让民评). Every group listed here must be
/// surveyed before a scorecard is complete, and each counts equally in the residents' score.
/// </summary>
public enum ResidentGroup
{
    Elderly = 1, // 老年人
    Women = 2,   // 妇女
    Youth = 3,   // 青年
}
