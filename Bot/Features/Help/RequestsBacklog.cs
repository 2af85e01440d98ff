using ClubBot.Conversations;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Help;

/// <summary>New requests that nobody has taken yet: they wait in «📥 Заявки».</summary>
internal sealed class RequestsBacklog(BotTexts texts) : IStaffBacklog
{
    public async Task<string?> WaitingAsync(UpdateContext update) =>
        await update.Db.Set<HelpRequest>().CountAsync(r => r.Status == RequestStatus.New && r.VolunteerId == null && !r.ByStaff) is > 0 and var count
            ? texts.Format("WaitingRequests", count)
            : null;
}
