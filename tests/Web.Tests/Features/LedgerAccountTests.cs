using Grants.Domain.Ledger;
using Grants.Infrastructure.Ledger;
using Grants.Web.Localization;

namespace Grants.Web.Tests.Features;

/// <summary>The account codes the trial balance reads back, and the words verify reports in.</summary>
public sealed class LedgerAccountTests
{
    [Fact]
    public void Every_account_the_domain_writes_reads_back_to_its_owner()
    {
        Assert.Equal(new AccountOwner(AccountKind.PoolAvailable, 7, default, 0), AccountOwner.Parse(LedgerAccount.PoolAvailable(7).Code));
        Assert.Equal(new AccountOwner(AccountKind.PoolReserved, 7, default, 0), AccountOwner.Parse(LedgerAccount.PoolReserved(7).Code));
        Assert.Equal(new AccountOwner(AccountKind.ProjectFunds, 42, default, 0), AccountOwner.Parse(LedgerAccount.ProjectFunds(42).Code));
        Assert.Equal(new AccountOwner(AccountKind.Source, 0, FundingLevel.Department, 2026),
            AccountOwner.Parse(LedgerAccount.Source(FundingLevel.Department, 2026).Code));
    }

    [Theory]
    [InlineData("pool:01:available")]
    [InlineData("pool:1:spare")]
    [InlineData("project:x:funds")]
    [InlineData("source:Province:2026")]
    [InlineData("source:9:2026")]
    [InlineData("source:province")]
    [InlineData("payee:1:due")]
    [InlineData("")]
    public void A_code_the_domain_would_not_write_is_unknown(string code) =>
        Assert.Equal(AccountKind.Unknown, AccountOwner.Parse(code).Kind);

    [Fact]
    public void Every_discrepancy_verify_can_report_has_Chinese_and_English_words()
    {
        Assert.All(LedgerDiscrepancy.Keys, key =>
        {
            Assert.True(UiText.Catalogue.Entries.TryGetValue(key, out var text), $"{key} has no text");
            Assert.Contains("{0}", text.Zh, StringComparison.Ordinal);
            Assert.Contains("{0}", text.En, StringComparison.Ordinal);
        });
    }
}
