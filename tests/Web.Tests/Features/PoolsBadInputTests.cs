using System.Net;
using Grants.Web.Tests.Infrastructure;
using static Grants.Web.Tests.Features.PoolsKit;

namespace Grants.Web.Tests.Features;

/// <summary>Every wrong amount, date or missing document gets its own message in the user's language, and nothing is written.</summary>
public abstract class PoolsBadInputTests(GrantsApp app)
{
    [Theory]
    [InlineData("0", "zh-CN", "必须大于零")]
    [InlineData("0", "en", "greater than zero")]
    [InlineData("-5", "zh-CN", "必须大于零")]
    [InlineData("-5", "en", "greater than zero")]
    [InlineData("1.234", "zh-CN", "最多两位小数")]
    [InlineData("1.234", "en", "at most two decimals")]
    [InlineData("abc", "zh-CN", "应为以元为单位的金额")]
    [InlineData("abc", "en", "must be an amount in yuan")]
    [InlineData("", "zh-CN", "请填写")]
    [InlineData("", "en", "is required")]
    public async Task A_bad_receipt_amount_names_the_field_and_writes_nothing(string amount, string language, string expected)
    {
        var (clerk, poolId) = await PoolWithMoneyAsync();
        var before = await app.CountsAsync();

        using var response = await clerk.PostForm($"/pools/receipt/{poolId}", Receipt(amount), language);

        var page = await TestClient.Parse(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.FieldError("Amount"), StringComparison.Ordinal);
        Assert.Contains(page.Label("Amount"), page.FieldError("Amount"), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("0", "en", "greater than zero")]
    [InlineData("-5", "zh-CN", "必须大于零")]
    [InlineData("1.234", "en", "at most two decimals")]
    [InlineData("abc", "zh-CN", "应为以元为单位的金额")]
    public async Task A_bad_allocation_amount_names_the_field_and_writes_nothing(string amount, string language, string expected)
    {
        var (clerk, poolId) = await PoolWithMoneyAsync();
        var projectId = await app.NewProjectAsync(UniqueName("错误金额项目"));
        var before = await app.CountsAsync();

        using var response = await clerk.PostForm($"/pools/allocate/{poolId}", Allocation(projectId, amount), language);

        var page = await TestClient.Parse(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.FieldError("Amount"), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
        Assert.Equal(Yuan(0m), await app.IntegratedFundsAsync(projectId));
    }

    [Theory]
    [InlineData("zh-CN", "可用余额不足：申请 ¥1,000.01，可用 ¥1,000.00")]
    [InlineData("en", "Not enough available in the pool: ¥1,000.01 requested, ¥1,000.00 available")]
    public async Task Allocating_beyond_the_available_balance_is_refused_with_both_amounts(string language, string expected)
    {
        var (clerk, poolId) = await PoolWithMoneyAsync();
        var projectId = await app.NewProjectAsync(UniqueName("超额项目"));
        var before = await app.CountsAsync();

        using var response = await clerk.PostForm($"/pools/allocate/{poolId}", Allocation(projectId, "1000.01"), language);
        using var reserve = await clerk.PostForm($"/pools/reserve/{poolId}", new Dictionary<string, string> { ["Amount"] = "1000.01", ["ReservedOn"] = "2026-05-01" }, language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await TestClient.Parse(response)).FormErrors(), StringComparison.Ordinal);
        Assert.Contains(expected, (await TestClient.Parse(reserve)).FormErrors(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
        Assert.Equal(Yuan(1000m), (await app.PoolAsync(poolId)).Available);
    }

    [Theory]
    [InlineData("zh-CN", "请填写“文号”")]
    [InlineData("en", "Document number is required")]
    public async Task A_receipt_without_a_document_number_is_refused(string language, string expected)
    {
        var (clerk, poolId) = await PoolWithMoneyAsync();
        var before = await app.CountsAsync();
        var fields = Receipt("100");
        fields["DocumentNumber"] = "   ";

        using var response = await clerk.PostForm($"/pools/receipt/{poolId}", fields, language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await TestClient.Parse(response)).FieldError("DocumentNumber"), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("receipt", "2025-12-31", "zh-CN", "日期 2025-12-31 不在 2026 年度内")]
    [InlineData("receipt", "2027-01-01", "en", "The date 2027-01-01 is outside the fiscal year 2026")]
    [InlineData("allocate", "2025-06-30", "en", "The date 2025-06-30 is outside the fiscal year 2026")]
    [InlineData("reserve", "2027-03-31", "zh-CN", "日期 2027-03-31 不在 2026 年度内")]
    public async Task A_date_outside_the_fiscal_year_is_refused(string form, string date, string language, string expected)
    {
        var (clerk, poolId) = await PoolWithMoneyAsync();
        var projectId = await app.NewProjectAsync(UniqueName("日期项目"));
        var fields = form switch
        {
            "receipt" => Receipt("100", date),
            "allocate" => Allocation(projectId, "100", date),
            _ => new Dictionary<string, string> { ["Amount"] = "100", ["ReservedOn"] = date },
        };
        var before = await app.CountsAsync();

        using var response = await clerk.PostForm($"/pools/{form}/{poolId}", fields, language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await TestClient.Parse(response)).FormErrors(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("zh-CN", "已有名为")]
    [InlineData("en", "There is already a pool named")]
    public async Task A_second_pool_of_the_same_name_and_year_is_refused(string language, string expected)
    {
        var clerk = await app.SignedIn("clerk");
        var name = UniqueName("重名池");
        await clerk.CreatePoolAsync(name);
        var before = await app.CountsAsync();

        using var response = await clerk.PostForm("/pools/create", new Dictionary<string, string> { ["FiscalYear"] = $"{Year}", ["Name"] = name }, language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await TestClient.Parse(response)).FieldError("Name"), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task An_unknown_pool_is_not_found()
    {
        var clerk = await app.SignedIn("clerk");

        using var details = await clerk.GetAsync("/pools/details/99999999");
        using var allocate = await clerk.GetAsync("/pools/allocate/99999999");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, allocate.StatusCode);
    }

    private static Dictionary<string, string> Receipt(string amount, string date = "2026-03-02") => new()
    {
        ["Level"] = "County", ["CatalogueLine"] = "人居环境整治", ["DocumentNumber"] = "县财发〔2026〕3号", ["ReceivedOn"] = date, ["Amount"] = amount,
    };

    private async Task<(TestClient Clerk, int PoolId)> PoolWithMoneyAsync()
    {
        var clerk = await app.SignedIn("clerk");
        var poolId = await clerk.CreatePoolAsync(UniqueName("错误输入池"));
        await clerk.RecordReceiptAsync(poolId, "1000");
        return (clerk, poolId);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PoolsBadInputOnSqlite(SqliteApp app) : PoolsBadInputTests(app);

[Collection(OnPostgres.Name)]
public sealed class PoolsBadInputOnPostgres(PostgresApp app) : PoolsBadInputTests(app);
