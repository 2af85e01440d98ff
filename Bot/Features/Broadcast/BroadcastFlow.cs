using ClubBot.Audit;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Features.Activities;
using ClubBot.Features.Onboarding;
using ClubBot.Outbox;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stateless;
using Telegram.Bot.Types.ReplyMarkups;
using static ClubBot.Features.Broadcast.BroadcastStep;
using static ClubBot.Features.Broadcast.BroadcastTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Broadcast.BroadcastStep, ClubBot.Features.Broadcast.BroadcastTrigger, ClubBot.Features.Broadcast.BroadcastDraft>;

namespace ClubBot.Features.Broadcast;

/// <summary>
/// «📣 Рассылка» (C4): the text or a photo with a caption → who gets it → a preview exactly as it will look, with how
/// many it reaches → «Отправить». At night it waits for the morning; the author gets a report when it is done.
/// </summary>
public sealed class BroadcastFlow(
    BotTexts texts,
    ClubTime clock,
    ActivityCards cards,
    BroadcastSending sending,
    AuditLog audit,
    IOptions<OnboardingOptions> onboarding) : MachineFlow<BroadcastStep, BroadcastTrigger, BroadcastDraft>(Back)
{
    public const int MaxText = 4096;
    public const int MaxCaption = 1024;

    public override string Name => "bc";

    protected override BroadcastStep Initial => Write;

    public override bool IsFor(Audience audience) => audience.IsStaff;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        Func<StateMachine<BroadcastStep, BroadcastTrigger>.Transition, Task> show = _ => ShowStepAsync(turn);
        m.Configure(Write).Permit(Written, ChooseAudience).Permit(Back, Closed).OnEntryAsync(show, "show the step");
        m.Configure(ChooseAudience).Permit(PickGroup, Group).Permit(Chosen, Preview).Permit(Back, Write).OnEntryAsync(show, "show the step");
        m.Configure(Group).Permit(Chosen, Preview).InternalTransitionAsync(TurnPage, async _ => turn.Context.Screen.ReplacePressedButtons(await GroupButtonsAsync(turn)))
            .Permit(Back, ChooseAudience).OnEntryAsync(show, "show the step");
        m.Configure(Preview).Permit(Confirm, Queued).Permit(Edit, Write).Permit(Back, ChooseAudience).OnEntryAsync(show, "show the step");
        m.Configure(Queued).OnEntryAsync(_ => QueueAsync(turn), "queue the broadcast");
        m.Configure(Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override string? HintFor(Turn turn) => turn.State switch
    {
        Write => "BroadcastWriteHint",
        Group when turn.Draft.Kind == AudienceKind.TookPart => "BroadcastDaysInvalid",
        _ => null,
    };

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var (draft, data) = (turn.Draft, turn.Pressed(input));
        switch (turn.State, data?.Action)
        {
            case (Write, null) when input.Kind is InputKind.Text or InputKind.Media:
                return await WrittenAsync(turn, input);
            case (ChooseAudience, "to") when Enum.TryParse<AudienceKind>(data!.Argument, out var kind) && Enum.IsDefined(kind):
                draft.Kind = kind;
                return kind is AudienceKind.Everyone or AudienceKind.Volunteers
                    ? await turn.FireAsync(Chosen, () => (draft.Argument, draft.AudienceText) = (null, texts[$"Audience{kind}"]))
                    : await turn.FireAsync(PickGroup);
            case (Group, "pick") when (await GroupsAsync(turn)).FirstOrDefault(g => g.Key == data!.Argument) is { Label: not null } group:
                return await turn.FireAsync(Chosen, () => (draft.Argument, draft.AudienceText) = (group.Value, texts.Format($"Audience{draft.Kind}", group.Label)));
            case (Group, "page") when int.TryParse(data!.Argument, out var page) && page >= 0:
                return await turn.FireAsync(TurnPage, () => draft.Page = page);
            case (Group, null) when draft.Kind == AudienceKind.TookPart && input.Kind == InputKind.Text && int.TryParse(input.Text, out var days) && days is >= 1 and <= 365:
                return await turn.FireAsync(Chosen, () => (draft.Argument, draft.AudienceText) = (days.ToString(), texts.Format("AudienceTookPart", texts.Count(days, "NounDay"))));
            case (Preview, "send"):
                return await turn.FireAsync(Confirm);
            case (Preview, "edit"):
                return await turn.FireAsync(Edit);
            case (Preview, "cancel"):
                turn.Context.Screen.RemovePressedButtons();
                await turn.Context.Navigation.LeaveAsync(texts["BroadcastCancelled"]);
                return true;
            default:
                return false;
        }
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        switch (turn.State)
        {
            case Write:
                context.Screen.AskText(texts["AskBroadcastText"]);
                break;
            case ChooseAudience:
                context.Screen.Ask(texts["AskBroadcastAudience"], Turn.Column(Enum.GetValues<AudienceKind>()
                    .Select(k => turn.Button(texts[$"ButtonAudience{k}"], k is AudienceKind.Everyone or AudienceKind.Volunteers ? Chosen : PickGroup, "to", k.ToString())).ToArray()));
                break;
            case Group when draft.Kind == AudienceKind.TookPart:
                context.Screen.AskText(texts["AskBroadcastDays"]);
                break;
            case Group:
                draft.Page = 0;
                var empty = (await GroupsAsync(turn)).Count == 0;
                context.Screen.Ask(texts[empty ? "BroadcastNoGroups" : $"AskBroadcast{draft.Kind}"], await GroupButtonsAsync(turn));
                break;
            case Preview:
                await ShowPreviewAsync(turn);
                break;
        }
    }

    private async Task<InlineKeyboardMarkup> GroupButtonsAsync(Turn turn) => turn.Context.Keyboards.Paged(
        (await GroupsAsync(turn)).Select(g => turn.Button(g.Label, Chosen, "pick", g.Key)!).ToList(), turn.Draft.Page, p => turn.Data("page", p.ToString()));

    private async Task<bool> WrittenAsync(Turn turn, Input input)
    {
        var text = input.Text?.Trim() ?? "";
        var limit = input.PhotoFileId is null ? MaxText : MaxCaption;
        if (text.Length == 0 || (input.Kind == InputKind.Media && input.PhotoFileId is null))
            return false;
        if (text.Length > limit)
        {
            turn.Context.Screen.Say(texts.Format(input.PhotoFileId is null ? "BroadcastTooLong" : "BroadcastCaptionTooLong", text.Length, limit));
            await ShowStepAsync(turn);
            return true;
        }

        return await turn.FireAsync(Written, () => (turn.Draft.Text, turn.Draft.PhotoFileId) = (text, input.PhotoFileId));
    }

    private async Task ShowPreviewAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        var members = await Audiences.ResolveAsync(context.Update.Db, draft.Kind, draft.Argument, context.Update.Now);
        if (members.InTelegram.Count == 0 && members.ByPhone.Count == 0)
        {
            context.Screen.Say(texts.Format("BroadcastEmptyAudience", draft.AudienceText));
            await turn.Machine.FireAsync(Back);
            return;
        }

        context.Screen.Say(texts["BroadcastPreviewTitle"]);
        sending.Send(context.Update.Outbox, context.Update.ChatId, draft.Text, draft.PhotoFileId, OutboxPriority.Reply);
        context.Screen.Ask(texts.Format("BroadcastWillGo", draft.AudienceText, members.InTelegram.Count, members.ByPhone.Count), Turn.Column(
            turn.Button(texts["ButtonBroadcastSend"], Confirm, "send"),
            turn.Button(texts["ButtonBroadcastEdit"], Edit, "edit"),
            new InlineKeyboardButton(texts["ButtonBroadcastCancel"], turn.Data("cancel"))));
    }

    private async Task QueueAsync(Turn turn)
    {
        var (context, draft, update) = (turn.Context, turn.Draft, turn.Update);
        var members = await Audiences.ResolveAsync(update.Db, draft.Kind, draft.Argument, update.Now);
        var broadcast = new BroadcastMessage
        {
            AuthorId = context.Person?.Id,
            AuthorChatId = update.ChatId,
            Text = draft.Text,
            PhotoFileId = draft.PhotoFileId,
            Audience = draft.Kind,
            AudienceArgument = draft.Argument,
            AudienceText = draft.AudienceText,
            CallList = sending.CallList(members),
            CreatedAt = update.Now,
            NotBefore = sending.NotBefore(update.Now),
            State = BroadcastState.Held,
        };
        update.Db.Add(broadcast);
        await update.FlushAsync();
        audit.Record(update, AuditActions.Broadcast, draft.AudienceText, after: draft.Text);
        if (broadcast.NotBefore > update.Now)
        {
            await context.Navigation.LeaveAsync(texts.Format("BroadcastHeldTillMorning", texts.Count(members.InTelegram.Count, "NounRecipient"), clock.When(broadcast.NotBefore)));
            return;
        }

        var queued = await sending.QueueAsync(update.Db, update.Outbox, broadcast, update.Now, () => update.FlushAsync());
        await context.Navigation.LeaveAsync(texts.Format("BroadcastQueued", texts.Count(queued, "NounRecipient")));
    }

    /// <summary>
    /// The groups of the chosen kind: settlements, interests, or activities of the last week and ahead. The button
    /// carries a short key (an index or an id); the audience is found by the value.
    /// </summary>
    private async Task<List<(string Label, string Key, string Value)>> GroupsAsync(Turn turn)
    {
        var options = onboarding.Value;
        return turn.Draft.Kind switch
        {
            AudienceKind.Settlement => options.Settlements.Select((s, i) => (s, i.ToString(), s)).ToList(),
            AudienceKind.Interest => options.Interests.Select((s, i) => (s, i.ToString(), s)).ToList(),
            AudienceKind.Activity => (await ActivityQueries.Upcoming(turn.Update.Db, turn.Update.Now.AddDays(-7)).Take(40).ToListAsync())
                .Select(a => (cards.Headline(a), a.Id.ToString(), a.Id.ToString())).ToList(),
            _ => [],
        };
    }
}
