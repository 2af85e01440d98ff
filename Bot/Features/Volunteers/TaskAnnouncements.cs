using ClubBot.Features.Help;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Volunteers;

/// <summary>Approved volunteers of the request's settlement hear of a task they may take, with «✋ Взять».</summary>
public sealed class TaskAnnouncements(BotTexts texts, RequestCards cards)
{
    // The volunteer who just gave the task back (except) is not asked again.
    public async Task AnnounceAsync(UpdateContext context, HelpRequest request, long? except = null)
    {
        if (!request.ForVolunteers)
            return;
        var settlement = request.Person?.Settlement;
        var volunteers = await context.Db.Set<Person>()
            .Where(p => p.Volunteer == VolunteerStatus.Approved && p.ChatId != null && p.Id != request.PersonId && p.Id != except && p.Settlement == settlement && p.ErasedAt == null)
            .Select(p => p.ChatId!.Value).ToListAsync();
        foreach (var chat in volunteers)
            context.Outbox.SendText(chat, texts["NewTaskNearby"] + "\n\n" + cards.Card(request, CardReader.Nearby), TaskButtons.TakeButton(texts, request.Id), OutboxPriority.Bulk);
    }
}
