using ClubBot.Pipeline;

namespace ClubBot.Features.Help;

/// <summary>One request's lock: whoever changes a request (taking, releasing, assigning, cancelling) holds it until commit.</summary>
public static class RequestLock
{
    private const long LockSpace = 2L << 40;

    public static Task LockAsync(UpdateContext context, long requestId) => context.LockAsync(LockSpace + requestId);
}
