using Grants.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Grants.Infrastructure.Data.Configurations;

/// <summary>Money is stored as whole fen in a bigint: exact on every engine, and summed by the database as integers.</summary>
internal sealed class MoneyConverter() : ValueConverter<Money, long>(m => m.Fen, fen => Money.FromFen(fen));
