using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Grants.Infrastructure.Seeding;

namespace Grants.Web.Tests.Infrastructure;

/// <summary>A browser-like client: keeps cookies, does not follow redirects, posts forms with the page's antiforgery token.</summary>
public sealed class TestClient(HttpClient http, string? acceptLanguage = null) : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? language = null)
    {
        if ((language ?? acceptLanguage) is { } lang)
        {
            request.Headers.AcceptLanguage.ParseAdd(lang);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>GET a page that must answer 200, parsed.</summary>
    public async Task<IDocument> GetPage(string url, string? language = null)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url), language);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: expected 200, got {(int)response.StatusCode} {response.Headers.Location}");
        return await Parse(response);
    }

    public static async Task<IDocument> Parse(HttpResponseMessage response) => await Parse(await response.Content.ReadAsStringAsync());

    public static async Task<IDocument> Parse(string html) => await Browser.OpenAsync(req => req.Content(html));

    /// <summary>The antiforgery token of the first form on a page; tokens are per user, not per form.</summary>
    public async Task<string> Token(string pageUrl = "/")
    {
        var page = await GetPage(pageUrl);
        return TokenOf(page.QuerySelector("form") ?? throw new InvalidOperationException($"{pageUrl} has no form"));
    }

    /// <summary>
    /// Fills the form found by <paramref name="formSelector"/> on the page as a browser would (its current values,
    /// checked boxes, selected options), overrides <paramref name="fields"/>, and posts it to its action.
    /// </summary>
    public async Task<HttpResponseMessage> PostForm(string pageUrl, string formSelector, IDictionary<string, string> fields, string? language = null)
    {
        var page = await GetPage(pageUrl, language);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"{pageUrl} has no form '{formSelector}'");
        var values = CurrentValues(form);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await Post(action, values, language);
    }

    /// <summary>Posts the first form of the page it is on (its action is the page URL, as for create and edit pages).</summary>
    public Task<HttpResponseMessage> PostForm(string url, IDictionary<string, string> fields, string? language = null) =>
        PostForm(url, "form:not([data-testid=culture-switcher]):not([action$='/signout'])", fields, language);

    /// <summary>Posts exactly these fields plus a valid token taken from another page the user can see.</summary>
    public async Task<HttpResponseMessage> PostWithToken(string url, IDictionary<string, string> fields, string tokenPage = "/")
    {
        var values = fields.ToList();
        values.Add(new(TokenField, await Token(tokenPage)));
        return await Post(url, values);
    }

    /// <summary>
    /// Fills the form as <see cref="PostForm(string, string, IDictionary{string, string}, string?)"/> does and posts it as
    /// multipart/form-data with one file in <paramref name="fileField"/>, as a browser posts an upload.
    /// </summary>
    public async Task<HttpResponseMessage> PostUpload(
        string pageUrl, string formSelector, IDictionary<string, string> fields, string fileField, string fileName, byte[] content,
        string contentType = "application/octet-stream", string? language = null)
    {
        var page = await GetPage(pageUrl, language);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"{pageUrl} has no form '{formSelector}'");
        var values = CurrentValues(form);
        values.RemoveAll(v => v.Key == fileField || fields.ContainsKey(v.Key));
        values.AddRange(fields);
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            multipart.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        multipart.Add(file, fileField, fileName);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = multipart }, language);
    }

    public async Task<HttpResponseMessage> Post(string url, IEnumerable<KeyValuePair<string, string>> values, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(values) };
        return await SendAsync(request, language);
    }

    /// <summary>Posts the sign-in form; returns the response (302 to / on success, 200 with errors otherwise).</summary>
    public Task<HttpResponseMessage> TrySignIn(string userName, string password = DemoUsers.Password, string? language = null) =>
        PostForm("/account/signin", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password }, language);

    public async Task SignInAs(string userName, string password = DemoUsers.Password)
    {
        using var response = await TrySignIn(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {userName}: expected 302, got {(int)response.StatusCode}");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    public void Dispose() => Http.Dispose();

    private static string TokenOf(IElement form) =>
        form.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("the form has no antiforgery token");

    private static List<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button"):
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (selected is not null)
                    {
                        values.Add(new(name, selected.Value));
                    }

                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }

        return values;
    }
}
