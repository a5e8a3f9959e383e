using System.Globalization;
using Grants.Domain.Assessment;

namespace Grants.Infrastructure.EvidencePacks;

/// <summary>
/// The project or quarter asked for is not there for this reader: it does not exist, or it belongs to another township.
/// The two are one answer on purpose, so the error tells nobody what another township has. Thrown before a byte of
/// the pack is written.
/// </summary>
public sealed class EvidenceNotFoundException : KeyNotFoundException
{
    public EvidenceNotFoundException() { }

    public EvidenceNotFoundException(string message) : base(message) { }

    public EvidenceNotFoundException(string message, Exception innerException) : base(message, innerException) { }

    public static EvidenceNotFoundException Project(int projectId) => new(string.Create(CultureInfo.InvariantCulture,
        $"项目 #{projectId} 不存在或不在您的管辖范围内 (project {projectId} not found in the reader's scope)."));

    public static EvidenceNotFoundException Quarter(Quarter quarter) =>
        new($"{quarter.ChineseName}尚未开始结账 (no settlement of {quarter}).");
}
