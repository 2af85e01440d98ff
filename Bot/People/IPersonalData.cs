using ClubBot.Pipeline;

namespace ClubBot.People;

/// <summary>
/// What a feature keeps about a person. Erasure (withdrawn consent, «Удалить мои данные») calls every one, so it
/// reaches all of a person's data without the privacy feature knowing each feature's tables.
/// </summary>
public interface IPersonalData
{
    /// <summary>Ends what the person still has going and removes what could identify them, in the update's unit of work.</summary>
    Task EraseAsync(UpdateContext context, Person person, CancellationToken ct);
}
