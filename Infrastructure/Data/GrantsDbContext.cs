using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Audit;
using Grants.Domain.Disbursements;
using Grants.Domain.Ledger;
using Grants.Domain.Organisation;
using Grants.Domain.Pools;
using Grants.Domain.Projects;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data.Configurations;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Data;

/// <summary>
/// One context for both engines. Each engine has a subclass only so that it can carry its own
/// migrations (see docs/decisions/001-one-schema-two-engines.md).
/// </summary>
public abstract class GrantsDbContext : IdentityDbContext<AppUser, IdentityRole, string>, IDataProtectionKeyContext
{
    private readonly ICurrentUser currentUser;

    protected GrantsDbContext(DbContextOptions options, ICurrentUser currentUser, IAuditContext auditContext)
        : base(options)
    {
        this.currentUser = currentUser;
        AuditBuffer = new AuditBuffer(auditContext);
        // Every save runs in a transaction, so the audit sealer sees its commit — a one-statement save included.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    /// <summary>Cookie and antiforgery keys live in the database, so every web process of one county shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Township> Townships => Set<Township>();

    public DbSet<Community> Communities => Set<Community>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<FundingPool> Pools => Set<FundingPool>();

    public DbSet<PoolReceipt> PoolReceipts => Set<PoolReceipt>();

    public DbSet<PoolAllocation> PoolAllocations => Set<PoolAllocation>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<JournalLine> JournalLines => Set<JournalLine>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<DisbursementRequest> Requests => Set<DisbursementRequest>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<Rubric> Rubrics => Set<Rubric>();

    public DbSet<Scorecard> Scorecards => Set<Scorecard>();

    public DbSet<QuarterSettlement> Settlements => Set<QuarterSettlement>();

    public DbSet<SettlementLine> SettlementLines => Set<SettlementLine>();

    public DbSet<AwardPayout> AwardPayouts => Set<AwardPayout>();

    public DbSet<IssuedNotice> IssuedNotices => Set<IssuedNotice>();

    public DbSet<SettlementFile> SettlementFiles => Set<SettlementFile>();

    public DbSet<Exports.ExportRequest> ExportRequests => Set<Exports.ExportRequest>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    /// <summary>The audit records of this context's open transaction, waiting for its commit (see AuditCapture, AuditSealer).</summary>
    internal AuditBuffer AuditBuffer { get; }

    /// <summary>Read by the query filters on every query, so a scoped user never sees another township's rows.</summary>
    internal int? TownshipScope => currentUser.TownshipScope;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GrantsDbContext).Assembly);

        // The township scope, enforced once for every query (STYLE habit 6, DOMAIN "Who uses it").
        builder.Entity<Township>().HasQueryFilter(t => TownshipScope == null || t.Id == TownshipScope);
        builder.Entity<Community>().HasQueryFilter(c => TownshipScope == null || c.TownshipId == TownshipScope);
        builder.Entity<Unit>().HasQueryFilter(u => TownshipScope == null || u.Community.TownshipId == TownshipScope);
        builder.Entity<Project>().HasQueryFilter(p => TownshipScope == null || p.TownshipId == TownshipScope);
        builder.Entity<DisbursementRequest>().HasQueryFilter(r => TownshipScope == null || r.TownshipId == TownshipScope);
        builder.Entity<Scorecard>().HasQueryFilter(s => TownshipScope == null || s.TownshipId == TownshipScope);
        builder.Entity<SettlementLine>().HasQueryFilter(l => TownshipScope == null || l.TownshipId == TownshipScope);
        builder.Entity<AwardPayout>().HasQueryFilter(p => TownshipScope == null || p.TownshipId == TownshipScope);
        builder.Entity<IssuedNotice>().HasQueryFilter(n => TownshipScope == null || n.TownshipId == TownshipScope);
    }
}

public sealed class SqliteGrantsDbContext(DbContextOptions<SqliteGrantsDbContext> options, ICurrentUser currentUser, IAuditContext auditContext)
    : GrantsDbContext(options, currentUser, auditContext);

public sealed class PostgresGrantsDbContext(DbContextOptions<PostgresGrantsDbContext> options, ICurrentUser currentUser, IAuditContext auditContext)
    : GrantsDbContext(options, currentUser, auditContext);
