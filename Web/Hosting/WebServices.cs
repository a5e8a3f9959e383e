using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Grants.Infrastructure;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Health;
using Grants.Web.Localization;
using Grants.Web.Security;
using Grants.Web.Shared;
using Grants.Web.Jobs;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Hosting;

public static class WebServices
{
    public static IServiceCollection AddGrantsWeb(this IServiceCollection services, GrantsSettings settings, HostRole role)
    {
        services.AddGrantsData(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IAuditContext, HttpAuditContext>();
        services.AddGrantsIdentity();
        services.AddAuthorization(Policies.Register);
        services.AddGrantsMvc();
        services.AddFeatures();
        services.AddGrantsJobs(settings, runServer: role == HostRole.All);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind the county's load balancer: the client's address and https come from its headers, but only
            // from the proxies named in Grants:TrustedProxies (loopback is trusted by default).
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in settings.TrustedProxies)
            {
                o.KnownProxies.Add(proxy);
            }
        });
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<JobStorageHealthCheck>("jobs")
            .AddCheck<PdfFontsHealthCheck>("pdf-fonts");
        return services;
    }

    public static IServiceCollection AddGrantsJobs(this IServiceCollection services, GrantsSettings settings, bool runServer)
    {
        // Registered before AddHangfire, which only adds its own when none is, from Hangfire's process-wide
        // JobStorage.Current and JobActivator.Current — which another host in the same process may have replaced by
        // then. This app's client, job server and health check use the storage it built; the job server opens its
        // scopes here, naming each job in the audit trail.
        services.AddSingleton(_ => DependencyInjection.CreateJobStorage(settings));
        services.AddSingleton<JobActivator>(sp => new AuditedJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) => c
            .UseLogProvider(new JobLogProvider(sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance))
            .UseGrantsJobStorage(sp.GetRequiredService<JobStorage>()));
        services.AddScoped<SettlementJobs>();
        services.AddScoped<ExportJobs>();
        services.AddHostedService<JobSchedule>();
        if (runServer)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Clamp(Environment.ProcessorCount * 2, 2, 8);
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return services;
    }

    private static void AddGrantsIdentity(this IServiceCollection services)
    {
        // A finance intranet: long passwords, lockout on guessing, no self-registration (no page for it exists).
        services.AddIdentity<AppUser, IdentityRole>(IdentitySetup.Configure)
            .AddEntityFrameworkStores<GrantsDbContext>()
            .AddSignInManager<GrantsSignInManager>()
            .AddClaimsPrincipalFactory<GrantsClaimsFactory>()
            .AddDefaultTokenProviders();

        services.Configure<PasswordHasherOptions>(IdentitySetup.Configure);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "grants.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // One working day, then sign in again: no 14-day cookies on shared office PCs.
            o.ExpireTimeSpan = TimeSpan.FromHours(9);
            o.SlidingExpiration = false;
            o.LoginPath = "/account/signin";
            o.LogoutPath = "/account/signout";
            o.AccessDeniedPath = "/error/403";
            o.Events.OnRedirectToAccessDenied = CookieEvents.Forbid;
            o.Events.OnRedirectToLogin = CookieEvents.Challenge;
        });
        services.AddAntiforgery(o => o.Cookie.Name = "grants.csrf");
        services.AddDataProtection().SetApplicationName("Grants").PersistKeysToDbContext<GrantsDbContext>();
    }

    private static void AddGrantsMvc(this IServiceCollection services)
    {
        services.AddLocalization();
        // Razor would otherwise write every Chinese character as an &#x…; entity, tripling the page size.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<IStringLocalizerFactory, TsvStringLocalizerFactory>();
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddScoped<DomainRuleFilter>();
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.AddService<DomainRuleFilter>();
                o.Filters.Add<ChangeDataFilter>();
                ModelBindingText.Localize(o.ModelBindingMessageProvider);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Text)))
            .AddRazorOptions(o =>
            {
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [UiText.Chinese, UiText.English];
            o.DefaultRequestCulture = new RequestCulture(UiText.Chinese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The switcher's cookie first, then the browser's Accept-Language; zh-CN when nothing matches.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
    }
}
