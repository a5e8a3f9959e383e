using Grants.Domain.Users;
using Grants.Web.Health;
using Grants.Web.Security;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Grants.Web.Hosting;

public static class WebPipeline
{
    public static WebApplication UseGrantsPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
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
                // Clerks watch the jobs; only administrators may delete, requeue or trigger them.
                IsReadOnlyFunc = dashboard => !dashboard.GetHttpContext().User.IsInRole(Role.Administrator),
                AppPath = "/",
                DashboardTitle = "以奖代补 · 后台任务 / background jobs",
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
