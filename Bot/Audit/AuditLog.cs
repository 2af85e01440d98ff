using ClubBot.Pipeline;
using ClubBot.Transport;

namespace ClubBot.Audit;

/// <summary>
/// Records a staff member's change in the update's own unit of work, so the record and the change commit together
/// or not at all. Values are kept short: a journal line, not a copy of the data.
/// </summary>
public sealed class AuditLog
{
    private const int MaxValue = 2000;

    /// <param name="update">The update whose unit of work the record joins.</param>
    /// <param name="action">One of <see cref="AuditActions"/>.</param>
    /// <param name="subject">What the change was made to, in words.</param>
    /// <param name="before">The value before, if there was one.</param>
    /// <param name="after">The value after, if there is one.</param>
    /// <param name="actorName">Who acted, when the person's own name must not be kept (their erasure).</param>
    public void Record(UpdateContext update, string action, string subject, string? before = null, string? after = null, string? actorName = null)
    {
        var actor = update.Person;
        update.Db.Add(new AuditEntry
        {
            At = update.Now,
            ActorId = actor?.Id is > 0 ? actor.Id : null,
            Actor = Cut(actorName ?? actor?.Name ?? actor?.TelegramName ?? update.Update.Sender?.FirstName ?? "?", 100),
            Action = action,
            Subject = Cut(subject, 300),
            Before = before is null ? null : Cut(before, MaxValue),
            After = after is null ? null : Cut(after, MaxValue),
        });
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
