using Grants.Web.Cli;
using Grants.Web.Hosting;

// With a command (`run`, `migrate`, `seed`, …) this is the management CLI. Without one it is a plain web host,
// which is also how WebApplicationFactory starts it in tests (it passes its settings as --key=value arguments).
if (!GrantsCli.IsCommandLine(args))
{
    await GrantsHost.BuildWeb(args).RunAsync();
    return 0;
}

return await GrantsCli.RunAsync(args);

#pragma warning disable CA1515, ASP0027 // the test host needs a public entry type
public partial class Program;
#pragma warning restore CA1515, ASP0027
