using System.Data.Common;

namespace ClubBot.Storage;

/// <summary>
/// The few statements on the per-update path run as plain commands, not through EF Core (see README, Performance);
/// the same SQL and the same calls serve SQLite and PostgreSQL.
/// </summary>
internal static class PlainCommands
{
    /// <summary>A command on the transaction's connection, inside it.</summary>
    public static DbCommand CreateCommand(this DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Adds a parameter; a null value is sent as SQL NULL.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
