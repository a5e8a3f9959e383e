using Grants.Web.Health;
using Grants.Web.Security;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Grants.Web.Hosting;

public static class WebPipeline
{
    public static WebApplication UseGrantsPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Outside Development nobody sees a stack trace: the friendly 500 page instead.
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(SecurityHeaders);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.Write }).AllowAnonymous();
        app.MapHangfireDashboard("/jobs", new DashboardOptions
            {
                // Access is decided by the endpoint policy below; Hangfire's own filter would allow local requests only.
                Authorization = [],
                AppPath = "/",
                DashboardTitle = "Grants · jobs",
            })
            .RequireAuthorization(Policies.ViewJobs);
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id:int?}");
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        if (!context.Request.Path.StartsWithSegments("/jobs"))
        {
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        }

        return next();
    }
}
