namespace Grants.Domain.Organisation;

/// <summary>The basic unit of co-creation below a community.</summary>
public enum UnitKind
{
    Hamlet = 1,        // 自然塆
    Compound = 2,      // 居民小区
    ResidentGroup = 3, // 居民小组
}
