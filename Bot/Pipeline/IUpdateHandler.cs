namespace ClubBot.Pipeline;

/// <summary>What the bot does with one update; it writes through <see cref="UpdateContext.Db"/> and replies through the context.</summary>
public interface IUpdateHandler
{
    Task HandleAsync(UpdateContext context, CancellationToken ct);
}
