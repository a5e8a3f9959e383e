namespace Grants.Web.Tests.Infrastructure;

public static class UriExtensions
{
    /// <summary>The path and query of a redirect, whether the server sent it relative or absolute.</summary>
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
