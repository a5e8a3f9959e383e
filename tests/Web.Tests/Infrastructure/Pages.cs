using AngleSharp.Dom;

namespace Grants.Web.Tests.Infrastructure;

/// <summary>Reading what a user sees on a page.</summary>
public static class Pages
{
    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"no '{selector}' on the page");

    /// <summary>The form's summary of errors (the business-rule and sign-in messages).</summary>
    public static string FormErrors(this IDocument page) => page.Text("[data-testid=form-errors]");

    /// <summary>The message shown under one field.</summary>
    public static string FieldError(this IDocument page, string field) => page.Text($"[data-valmsg-for='{field}']");

    /// <summary>The label the user reads for a field.</summary>
    public static string Label(this IDocument page, string field) => page.Text($"label[for='{field}']");

    public static IReadOnlyList<string> NavItems(this IDocument page) =>
        page.QuerySelectorAll("[data-testid=main-nav] [data-nav]").Select(a => a.GetAttribute("data-nav")!).ToList();
}
