using ClubBot.Pipeline;

namespace ClubBot.People;

/// <summary>
/// What a feature keeps about a person. «🔒 Мои данные» and erasure (withdrawn consent, «Удалить мои данные») call
/// every one, so they reach all of a person's data without the privacy feature knowing each feature's tables.
/// </summary>
public interface IPersonalData
{
    /// <summary>Ends what the person still has going and removes what could identify them, in the update's unit of work.</summary>
    Task EraseAsync(UpdateContext context, Person person, CancellationToken ct);

    /// <summary>What is kept about the person here, in words, for «🔒 Мои данные»; null when nothing is.</summary>
    Task<string?> DescribeAsync(UpdateContext context, Person person, CancellationToken ct) => Task.FromResult<string?>(null);
}
