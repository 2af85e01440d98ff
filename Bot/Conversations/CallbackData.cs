namespace ClubBot.Conversations;

/// <summary>
/// Button data as "flow:state:action[:argument]". The state part lets a flow recognise a button from an
/// earlier step (an old message) and answer it kindly instead of acting on it.
/// </summary>
public sealed record CallbackData(string Flow, string State, string Action, string? Argument)
{
    public static string Make(string flow, string state, string action, string? argument = null) =>
        argument is null ? $"{flow}:{state}:{action}" : $"{flow}:{state}:{action}:{argument}";

    public static CallbackData? Parse(string? data)
    {
        var parts = data?.Split(':', 4);
        return parts is { Length: >= 3 } && parts.All(p => p.Length > 0)
            ? new CallbackData(parts[0], parts[1], parts[2], parts.Length == 4 ? parts[3] : null)
            : null;
    }
}
