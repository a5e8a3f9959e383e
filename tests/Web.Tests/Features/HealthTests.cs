using System.Net;
using System.Text.Json;
using Grants.Web.Tests.Infrastructure;

namespace Grants.Web.Tests.Features;

public abstract class HealthTests(GrantsApp app)
{
    [Fact]
    public async Task Health_answers_anonymously_that_database_jobs_and_pdf_fonts_are_healthy()
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");
        foreach (var name in new[] { "database", "jobs", "pdf-fonts" })
        {
            var check = checks.GetProperty(name);
            Assert.True(check.GetProperty("status").GetString() == "Healthy", $"{name}: {check}");
        }

        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
    }
}

[Collection(OnSqlite.Name)]
public sealed class HealthOnSqlite(SqliteApp app) : HealthTests(app);

[Collection(OnPostgres.Name)]
public sealed class HealthOnPostgres(PostgresApp app) : HealthTests(app);
