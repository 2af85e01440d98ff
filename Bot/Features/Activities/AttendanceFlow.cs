using ClubBot.Audit;
using ClubBot.Conversations;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;
using static ClubBot.Features.Activities.CardTaskState;
using static ClubBot.Features.Activities.CardTaskTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.CardTaskState, ClubBot.Features.Activities.CardTaskTrigger, ClubBot.Features.Activities.StaffDraft>;

namespace ClubBot.Features.Activities;

/// <summary>«✅ Посещаемость» (C7): the confirmed people, each pressed to mark came (✅) or not (❌); «Готово» sums it up.</summary>
public sealed class AttendanceFlow(BotTexts texts, ActivityCards cards, AuditLog audit) : CardTaskFlow(texts)
{
    public override string Name => "at";

    protected override CardTaskState Initial => Marking;

    protected override void Configure(Turn turn)
    {
        turn.Machine.Configure(Marking)
            .InternalTransitionAsync(Mark, _ => RedrawAsync(turn))
            .InternalTransitionAsync(TurnPage, _ => RedrawAsync(turn))
            .Permit(Back, CardTaskState.Card)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        ConfigureCard(turn);
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var data = turn.Pressed(input);
        long.TryParse(data?.Argument, out var id);
        switch (data?.Action)
        {
            case "mark" when await LiveSignUpAsync(turn, id) is { State: SignUpState.Confirmed } marked && (await ActivityAsync(turn)).StartsAt <= turn.Update.Now:
                var before = Sign(marked.Attended);
                marked.Attended = marked.Attended != true;
                audit.Record(turn.Update, AuditActions.Attendance, $"{cards.Headline(await ActivityAsync(turn))} — {PersonLabel(marked)}", before, Sign(marked.Attended));
                await turn.Update.FlushAsync();
                turn.Draft.Page = await PageOfAsync(turn, marked.Id);
                return await turn.FireAsync(Mark);
            case "page":
                return await turn.FireAsync(TurnPage, () => turn.Draft.Page = (int)Math.Max(0, id));
            case "back":
                turn.Context.Screen.Preface(await SumUpAsync(turn));
                return await turn.FireAsync(Back);
            default:
                return false;
        }
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        turn.Draft.Page = 0;
        turn.Context.Screen.Ask(Texts["AttendanceTitle"], await ButtonsAsync(turn));
    }

    private async Task RedrawAsync(Turn turn) => turn.Context.Screen.ReplacePressedButtons(await ButtonsAsync(turn));

    private async Task<InlineKeyboardMarkup> ButtonsAsync(Turn turn)
    {
        var confirmed = await ConfirmedAsync(turn);
        return turn.Context.Keyboards.Paged(
            confirmed.Select(s => new InlineKeyboardButton((s.Attended switch { true => "✅ ", false => "❌ ", null => "⬜ " }) + PersonLabel(s), turn.Data("mark", $"{s.Id}"))).ToList(),
            turn.Draft.Page, p => turn.Data("page", p.ToString()), [turn.Button(Texts["ButtonDone"], Back, "back")!]);
    }

    /// <summary>«Итог: пришли 12 из 15.», and how many are not marked yet, if any.</summary>
    private async Task<string> SumUpAsync(Turn turn)
    {
        var confirmed = await ConfirmedAsync(turn);
        var (came, unmarked) = (confirmed.Count(s => s.Attended == true), confirmed.Count(s => s.Attended is null));
        return unmarked == 0
            ? Texts.Format("AttendanceSummedUp", came, confirmed.Count)
            : Texts.Format("AttendanceSummedUpUnmarked", came, confirmed.Count, unmarked);
    }

    private static string Sign(bool? attended) => attended switch { true => "✅", false => "❌", null => "⬜" };

    /// <summary>The page a person is on, so marking them keeps the coordinator on that page.</summary>
    private static async Task<int> PageOfAsync(Turn turn, long signUpId)
    {
        var confirmed = await ConfirmedAsync(turn);
        var index = confirmed.FindIndex(s => s.Id == signUpId);
        return confirmed.Count + 1 <= Keyboards.MaxButtons ? 0 : Math.Max(0, index) / Keyboards.PageSize(1);
    }

    private static async Task<List<SignUp>> ConfirmedAsync(Turn turn) =>
        (await Roster.LiveAsync(turn.Update.Db, turn.Draft.ActivityId)).Where(s => s.State == SignUpState.Confirmed).ToList();
}
