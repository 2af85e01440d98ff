using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Questions;

/// <summary>
/// «❓ Вопросы» for staff: questions nobody has answered yet, oldest first, each with its «Ответить», so a
/// question asked while no coordinator was in the bot, or one that scrolled away, is not lost.
/// </summary>
internal sealed class UnansweredQuestionsMenuEntry(BotTexts texts, QuestionCards cards) : IMenuEntry
{
    private const int Shown = 10;

    public string LabelKey => "MenuQuestions";

    public int Order => 52;

    public bool IsFor(Audience audience) => audience.IsStaff;

    public async Task OpenAsync(FlowContext context)
    {
        var waiting = context.Update.Db.Set<CoordinatorQuestion>().Where(q => q.AnsweredAt == null && q.Text != "");
        var count = await waiting.CountAsync();
        if (count == 0)
        {
            await context.Navigation.LeaveAsync(texts["QuestionsNone"]);
            return;
        }

        var oldest = await waiting.Include(q => q.Person).OrderBy(q => q.AskedAt).ThenBy(q => q.Id).Take(Shown).ToListAsync();
        context.Screen.Say(texts.Format("QuestionsWaiting", count, oldest.Count));
        foreach (var q in oldest)
            context.Update.Outbox.SendText(context.Update.ChatId, cards.Text(q), cards.AnswerButton(q), OutboxPriority.Reply);
        await context.Navigation.LeaveAsync(texts["QuestionsHowToAnswer"]);
    }
}
