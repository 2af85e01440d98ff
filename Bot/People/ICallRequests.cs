using ClubBot.Pipeline;

namespace ClubBot.People;

/// <summary>A person asks the centre to call them; coordinators are told at once and see it among the questions.</summary>
public interface ICallRequests
{
    /// <summary>What to tell the person. Asking again for the same <paramref name="reason"/> while the first waits does nothing more.</summary>
    Task<string> RequestAsync(UpdateContext update, Person person, string reason);
}
