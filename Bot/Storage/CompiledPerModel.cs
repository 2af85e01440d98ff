using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClubBot.Storage;

/// <summary>
/// A compiled query is bound to the model it first runs against; one process can hold two (the tests run
/// SQLite and PostgreSQL side by side), so each model gets its own compiled copy.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
