using ClubBot.Pipeline;

namespace ClubBot.Conversations;

/// <summary>
/// Something that waits for staff in one feature (applications, questions, new requests). A coordinator opening the
/// bot is told what waits, so nothing sent while no coordinator was in the bot goes unseen.
/// </summary>
public interface IStaffBacklog
{
    /// <summary>One line naming what waits and where to find it; null when nothing does.</summary>
    Task<string?> WaitingAsync(UpdateContext update);
}
