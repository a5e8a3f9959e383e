using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Seeding;

public sealed record SeedResult(int Townships, int Communities, int Units, int Users)
{
    public int Pools { get; init; }

    public int Projects { get; init; }

    public int JournalEntries { get; init; }

    public int Requests { get; init; }
}

/// <summary>
/// Builds the demo county: about 12 townships and 170 communities per scale step, with units, pilot flags and
/// tiers, the seven demo users, the county's money (<see cref="DemoFunds"/>) and disbursement requests in every state
/// with sample receipt files (<see cref="DemoRequests"/>). Deterministic (fixed random seeds),
/// so every newcomer sees the same county.
/// </summary>
public sealed class DemoSeeder(
    GrantsDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, IPasswordHasher<AppUser> hasher, FileStore files)
{
    public async Task<SeedResult> SeedAsync(int scale, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        if (await db.Users.AnyAsync(ct) || await db.Townships.IgnoreQueryFilters().AnyAsync(ct))
        {
            throw new OperatorException("The database is not empty: the demo county is seeded only into a new data folder.");
        }

        // All or nothing: an interrupted seed must not leave a county without users that `run` would not seed again.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RoleCatalogue.EnsureAsync(roles);
        var random = new Random(2026);
        var townshipIds = new List<int>();
        var places = new List<DemoTownship>();
        int communities = 0, units = 0;
        var total = DemoNames.Townships.Length * scale;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var copy = 1; copy <= scale; copy++)
        {
            for (var t = 0; t < DemoNames.Townships.Length; t++)
            {
                var (name, urban) = DemoNames.Townships[t];
                var township = new Township($"T{t + 1:00}{(copy == 1 ? "" : copy.ToString("000", null))}", copy == 1 ? name : $"{name}{copy}区");
                db.Townships.Add(township);
                await db.SaveChangesAsync(ct);
                townshipIds.Add(township.Id);
                var added = AddCommunities(township, urban, random);
                communities += added.Count;
                units += added.Sum(c => c.Units.Count);
                await db.SaveChangesAsync(ct);
                places.Add(new DemoTownship(township.Id, added.Select(Place).ToList()));
                db.ChangeTracker.Clear();
                progress?.Report($"townships {townshipIds.Count}/{total}, communities {communities}, units {units}");
            }
        }

        foreach (var demo in DemoUsers.All)
        {
            await CreateUserAsync(demo, demo.TownshipNumber is { } n ? townshipIds[n - 1] : null);
        }

        progress?.Report($"users {DemoUsers.All.Count}");
        var funds = await new DemoFunds(db).SeedAsync(places, scale, progress, ct);
        var requests = await new DemoRequests(db, files).SeedAsync(progress, ct);
        await new DemoAssessment(db).SeedAsync(progress, ct);
        await transaction.CommitAsync(ct);
        return new SeedResult(townshipIds.Count, communities, units, DemoUsers.All.Count)
        {
            Pools = funds.Pools, Projects = funds.Projects, JournalEntries = funds.JournalEntries + requests.JournalEntries,
            Requests = requests.Requests,
        };
    }

    private List<Community> AddCommunities(Township township, bool urban, Random random)
    {
        var count = random.Next(12, 17);
        var stems = DemoNames.Stems.OrderBy(_ => random.Next()).Take(count).ToList();
        var list = new List<Community>();
        for (var i = 0; i < count; i++)
        {
            var category = PickCategory(urban, i, random);
            var isPilot = random.NextDouble() < 0.35;
            var tier = isPilot ? RolloutTier.Lead : (random.NextDouble() < 0.5 ? RolloutTier.FastFollow : RolloutTier.Groundwork);
            var community = new Community(township.Id, DemoNames.CommunityName(stems[i], category), category, isPilot, tier);
            // A made-up 19-digit account per committee, so the demo's awards can be paid and listed for the bank.
            community.RegisterBankAccount($"示范县农村商业银行{township.Name}支行", $"8201{township.Id:D5}{i + 1:D4}{((i * 7919) + (township.Id * 104729)) % 1_000_000:D6}");
            AddUnits(community, random);
            list.Add(community);
        }

        db.Communities.AddRange(list);
        return list;
    }

    // Hamlets only: a village's project is named after its hamlet (东风村张家塆人居环境整治), not after a residents' group.
    private static DemoCommunity Place(Community community) =>
        new(community.Id, community.Name, community.Units.Where(u => u.Kind == UnitKind.Hamlet).Select(u => (u.Id, u.Name)).ToList());

    private static CommunityCategory PickCategory(bool urban, int index, Random random)
    {
        if (urban)
        {
            return index < 4 ? CommunityCategory.UrbanCentre
                : random.NextDouble() < 0.5 ? CommunityCategory.ResidentialCompound : CommunityCategory.UrbanFringe;
        }

        return index == 0 ? CommunityCategory.MarketTown
            : index == 1 ? CommunityCategory.UrbanFringe
            : random.NextDouble() < 0.7 ? CommunityCategory.FarmingVillage : CommunityCategory.NaturalHamlet;
    }

    private static void AddUnits(Community community, Random random)
    {
        var rural = community.Category is CommunityCategory.FarmingVillage or CommunityCategory.NaturalHamlet;
        var count = random.Next(2, 6);
        var surnames = DemoNames.Surnames.OrderBy(_ => random.Next()).Take(count).ToList();
        for (var i = 0; i < count; i++)
        {
            if (rural)
            {
                community.AddUnit(i % 3 == 2 ? $"第{DemoNames.Ordinals[i]}村民小组" : $"{surnames[i]}家塆",
                    i % 3 == 2 ? UnitKind.ResidentGroup : UnitKind.Hamlet);
            }
            else
            {
                community.AddUnit(i % 2 == 0 ? $"{surnames[i]}家苑小区" : $"第{DemoNames.Ordinals[i]}居民小组",
                    i % 2 == 0 ? UnitKind.Compound : UnitKind.ResidentGroup);
            }
        }
    }

    private async Task CreateUserAsync(DemoUser demo, int? townshipId)
    {
        var user = new AppUser { UserName = demo.UserName, DisplayName = demo.DisplayName, TownshipId = townshipId };
        user.PasswordHash = hasher.HashPassword(user, DemoUsers.Password);
        Check(await users.CreateAsync(user), demo.UserName);
        Check(await users.AddToRoleAsync(user, demo.Role), demo.UserName);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Cannot create demo user {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
