namespace Grants.Domain.Organisation;

public enum RolloutTier
{
    Lead = 1,        // 点上先行
    FastFollow = 2,  // 线上快推
    Groundwork = 3,  // 面上打基
}
