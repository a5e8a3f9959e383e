using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Grants.Web.Bench;

/// <summary>Latencies and status codes of one page, from one client or merged over all clients.</summary>
internal sealed class PageSamples
{
    public List<double> Milliseconds { get; } = [];

    public SortedDictionary<int, int> Statuses { get; } = [];

    public void Add(double milliseconds, int status)
    {
        Milliseconds.Add(milliseconds);
        Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
    }

    public void Merge(PageSamples other)
    {
        Milliseconds.AddRange(other.Milliseconds);
        foreach (var (status, count) in other.Statuses)
        {
            Statuses[status] = Statuses.GetValueOrDefault(status) + count;
        }
    }
}

/// <summary>One signed-in user with a cookie jar, asking for pages one after another like a browser tab.</summary>
internal sealed partial class BenchClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = baseAddress,
    };

    public async Task SignInAsync(string userName, string password, CancellationToken ct)
    {
        var form = await http.GetStringAsync(new Uri("/account/signin", UriKind.Relative), ct);
        var token = AntiforgeryToken().Match(form) is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await http.PostAsync(new Uri("/account/signin", UriKind.Relative), body, ct);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("signin", StringComparison.OrdinalIgnoreCase) != false)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}.");
        }
    }

    /// <summary>Asks for the pages in turn, at least one round, until the time is up; a latency covers the whole body.</summary>
    public async Task<Dictionary<string, PageSamples>> LoopAsync(IReadOnlyList<(string Label, string Url)> pages, TimeSpan duration, CancellationToken ct)
    {
        var samples = pages.ToDictionary(p => p.Label, _ => new PageSamples());
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var (label, url) in pages)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
                samples[label].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode);
            }
        }
        while (clock.Elapsed < duration);

        return samples;
    }

    /// <summary>The antiforgery token of a form page; it stays valid for this client's session, so one read serves many posts.</summary>
    public async Task<string> FormTokenAsync(string url, CancellationToken ct)
    {
        var form = await http.GetStringAsync(new Uri(url, UriKind.Relative), ct);
        return AntiforgeryToken().Match(form) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"{url} has no antiforgery token (not signed in, or not allowed?).");
    }

    /// <summary>Posts a form and reads the whole answer; the latency covers both.</summary>
    public async Task<(double Milliseconds, int Status, string? Location)> PostFormAsync(
        string url, IReadOnlyDictionary<string, string> fields, CancellationToken ct)
    {
        using var body = new FormUrlEncodedContent(fields);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(new Uri(url, UriKind.Relative), body, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode, response.Headers.Location?.OriginalString);
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
