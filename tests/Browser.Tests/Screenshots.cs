using Microsoft.Playwright;

namespace Grants.Browser.Tests;

/// <summary>Full-page screenshots beside the test binaries, for a person to look at what users see.</summary>
internal static class Screenshots
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory, name), FullPage = true });
    }
}
