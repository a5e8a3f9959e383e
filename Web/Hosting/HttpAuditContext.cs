using System.Net;
using Grants.Infrastructure.Audit;

namespace Grants.Web.Hosting;

/// <summary>
/// The audit context of a web request: the signed-in user (or "anonymous"), the client's address as the forwarded
/// headers left it, and the request's method and path — never its query string or body. Outside a request (a job
/// running in the web process) the scope's <see cref="AuditOperation"/> speaks.
/// </summary>
public sealed class HttpAuditContext(IHttpContextAccessor accessor, AuditOperation outsideRequests) : IAuditContext
{
    public const string Anonymous = "anonymous";

    private const int MaxOperation = 300;

    public string Actor => accessor.HttpContext is { } http
        ? http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous
        : outsideRequests.Actor;

    public string? Address => accessor.HttpContext is { } http ? Format(http.Connection.RemoteIpAddress) : outsideRequests.Address;

    public string Operation
    {
        get
        {
            if (accessor.HttpContext is not { } http)
            {
                return outsideRequests.Operation;
            }

            var operation = $"{http.Request.Method} {http.Request.PathBase}{http.Request.Path}";
            return operation.Length <= MaxOperation ? operation : operation[..MaxOperation];
        }
    }

    private static string? Format(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
