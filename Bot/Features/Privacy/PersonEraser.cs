using ClubBot.People;
using ClubBot.Pipeline;

namespace ClubBot.Features.Privacy;

/// <summary>
/// Deletes what identifies a person, in the caller's unit of work. Every feature's <see cref="IPersonalData"/>
/// first ends what the person still has going there and wipes its own records; then the person's row keeps only
/// its category and dates, so the centre's counts (registered, by category) remain true without naming anyone.
/// </summary>
public sealed class PersonEraser(IEnumerable<IPersonalData> features)
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct = default)
    {
        foreach (var feature in features)
            await feature.EraseAsync(context, person, ct);

        person.Name = null;
        person.Phone = null;
        person.Settlement = null;
        person.Interests = null;
        person.TelegramName = null;
        person.TelegramUserId = null;
        person.ChatId = null;
        person.Role = StaffRole.None;
        person.ErasedAt = context.Now;
    }
}
