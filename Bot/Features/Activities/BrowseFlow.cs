using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;
using static ClubBot.Features.Activities.BrowseState;
using static ClubBot.Features.Activities.BrowseTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.BrowseState, ClubBot.Features.Activities.BrowseTrigger, ClubBot.Features.Activities.BrowseDraft>;

namespace ClubBot.Features.Activities;

/// <summary>
/// «📅 Куда пойти» (P2, P3): kinds → upcoming activities, five a page → card → sign up or join the waiting list →
/// for someone from another village, once, the centre's car for that day (<see cref="ISignUpRides"/>). A series (P11) is
/// listed once at its next date; its card signs up for that date or «На все встречи», and opens its other dates.
/// A forum (P12) is listed once and opens its programme; a session at the time of one already held moves the seat.
/// </summary>
public sealed class BrowseFlow(
    BotTexts texts,
    ActivityCards cards,
    Seats seats,
    SeriesDates series,
    SeriesSignUps seriesSignUps,
    ForumProgramme programme,
    CatalogueEntries catalogue,
    IOptions<ActivitiesOptions> options,
    IEnumerable<ISignUpRides> rides)
    : MachineFlow<BrowseState, BrowseTrigger, BrowseDraft>(Back)
{
    public const int PageSize = 5;

    public override string Name => "ac";

    protected override BrowseState Initial => Kinds;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(Kinds).Permit(PickKind, List).Permit(Back, Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(List).Permit(Open, Card).Permit(OpenForum, BrowseState.Forum).InternalTransitionAsync(TurnPage, _ => TurnPageAsync(turn)).Permit(Back, Kinds).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Card)
            .Permit(Choose, BrowseState.Confirm)
            .Permit(ShowDates, Dates)
            .PermitIf(Back, List, () => turn.Draft.ForumDayId == 0, "opened from the list")
            .PermitIf(Back, BrowseState.Forum, () => turn.Draft.ForumDayId != 0, "opened from a forum's programme")
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(BrowseState.Forum).Permit(Open, Card).InternalTransitionAsync(TurnPage, _ => RedrawForumAsync(turn)).Permit(Back, List).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Dates).Permit(Open, Card).InternalTransitionAsync(TurnPage, _ => RedrawDatesAsync(turn)).Permit(Back, Card).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(BrowseState.Confirm).Permit(BrowseTrigger.Confirm, Done).Permit(Back, Card).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Done).Permit(OfferRide, RideOffer).OnEntryAsync(_ => SignUpAsync(turn), "sign up");
        m.Configure(RideOffer).Permit(Back, Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var (context, draft, data) = (turn.Context, turn.Draft, turn.Pressed(input));
        return (turn.State, data?.Action) switch
        {
            (Kinds, "kind") when options.Value.Find(data!.Argument ?? "") is { } kind => await PickKindAsync(turn, kind.Code),
            (List, "page") when int.TryParse(data!.Argument, out var page) && page >= 0 => await turn.FireAsync(TurnPage, () => draft.Page = page),
            (List, "open") when long.TryParse(data!.Argument, out var id) && await IsListedAsync(context, draft, id) => await OpenAsync(turn, id),
            (BrowseState.Forum, "open") when long.TryParse(data!.Argument, out var session)
                && await ActivityQueries.Upcoming(context.Update.Db, context.Update.Now).AnyAsync(a => a.Id == session && a.ForumDayId == draft.ForumDayId) => await turn.FireAsync(Open, () => draft.ActivityId = session),
            (BrowseState.Forum, "page") when int.TryParse(data!.Argument, out var page) && page >= 0 => await turn.FireAsync(TurnPage, () => draft.DatesPage = page),
            (BrowseState.Forum, "mine") => await ShowMineAsync(turn),
            (Card, "join") => await turn.FireAsync(Choose, () => draft.All = false),
            (Card, "all") => await turn.FireAsync(Choose, () => draft.All = true),
            (Card, "dates") => await turn.FireAsync(ShowDates, () => draft.DatesPage = 0),
            (Dates, "open") when long.TryParse(data!.Argument, out var date) && await IsListedAsync(context, draft, date) => await turn.FireAsync(Open, () => draft.ActivityId = date),
            (Dates, "page") when int.TryParse(data!.Argument, out var page) && page >= 0 => await turn.FireAsync(TurnPage, () => draft.DatesPage = page),
            (Card, "list") => await turn.FireAsync(Back),
            (BrowseState.Confirm, "yes") => await turn.FireAsync(BrowseTrigger.Confirm),
            (BrowseState.Confirm, "no") => await turn.FireAsync(Back),
            (RideOffer, "ride") => await BookRideAsync(turn),
            (RideOffer, "noride") => await LeaveAsync(context, texts["SignUpRideDeclined"]),
            _ => false,
        };
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        switch (turn.State)
        {
            case Kinds when !await ActivityQueries.Listed(context.Update.Db, context.Update.Now).AnyAsync():
                await context.Navigation.LeaveAsync(texts["CatalogueEmpty"]);
                break;
            case Kinds:
                context.Screen.Ask(texts["AskKind"], Turn.Column(options.Value.Kinds.Select(k => turn.Button(k.Label, PickKind, "kind", k.Code)).ToArray()));
                break;
            case List:
                var (text, markup) = await ListAsync(turn);
                context.Screen.Ask(text, markup);
                break;
            case Card:
                await ShowCardAsync(turn);
                break;
            case RideOffer:
                var offered = await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
                // Answered here, not by a transition: either answer leaves the flow.
                context.Screen.Ask(texts.Format("AskSignUpRide", context.Person?.Settlement, ActivityCards.Where(offered)), Turn.Column(
                    new InlineKeyboardButton(texts["ButtonRideYes"], turn.Data("ride")),
                    new InlineKeyboardButton(texts["ButtonRideNo"], turn.Data("noride"))));
                break;
            case BrowseState.Forum:
                var (programmeText, programmeButtons) = await ForumAsync(turn);
                context.Screen.Ask(programmeText, programmeButtons);
                break;
            case BrowseState.Confirm when !draft.All && context.Person is { } person
                && await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId) is { ForumDayId: not null } session
                && await ForumProgramme.ClashAsync(context.Update.Db, session, person.Id, context.Update.Now) is { } clash:
                context.Screen.Ask(texts.Format("ConfirmMoveSession", clash.Activity!.Title, session.Title), Turn.Column(
                    turn.Button(texts["ButtonYesMove"], BrowseTrigger.Confirm, "yes"),
                    turn.Button(texts["ButtonNo"], Back, "no")));
                break;
            case Dates:
                var first = await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
                context.Screen.Ask(texts.Format("AskSeriesDate", first.Title), await DatesButtonsAsync(turn));
                break;
            case BrowseState.Confirm when draft.All:
                var dates = await SeriesSignUps.UpcomingAsync(context.Update.Db, (await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId)).SeriesId ?? 0, context.Update.Now);
                if (dates.Count == 0)
                {
                    await context.Navigation.LeaveAsync(texts["SignUpClosed"]);
                    break;
                }

                context.Screen.Ask(texts.Format("ConfirmSignUpAll", dates[0].Title, texts.Count(dates.Count, "NounMeeting"), series.Days([.. dates.Select(d => d.StartsAt)])), Turn.Column(
                    turn.Button(texts["ButtonYesSignUpAll"], BrowseTrigger.Confirm, "yes"),
                    turn.Button(texts["ButtonNo"], Back, "no")));
                break;
            case BrowseState.Confirm:
                var activity = await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
                var (confirmed, _) = await ActivityQueries.CountsAsync(context.Update.Db, activity.Id);
                var full = activity.Capacity is { } c && confirmed >= c;
                context.Screen.Ask(texts.Format(full ? "ConfirmWaitingList" : "ConfirmSignUp", cards.Headline(activity)), Turn.Column(
                    turn.Button(texts[full ? "ButtonYesWait" : "ButtonYesSignUp"], BrowseTrigger.Confirm, "yes"),
                    turn.Button(texts["ButtonNo"], Back, "no")));
                break;
        }
    }

    private async Task<bool> PickKindAsync(Turn turn, string kind)
    {
        var context = turn.Context;
        if (!await ActivityQueries.Upcoming(context.Update.Db, context.Update.Now, kind).AnyAsync())
        {
            // Said above the kinds again, so the choice is still the last message and nothing is pressed twice.
            context.Update.CallbackAnswer = texts["NothingPlannedShort"];
            context.Screen.RemovePressedButtons();
            context.Screen.Preface(texts.Format("NothingPlanned", cards.KindLabel(kind)));
            await ShowStepAsync(turn);
            return true;
        }

        return await turn.FireAsync(PickKind, () =>
        {
            turn.Draft.Kind = kind;
            turn.Draft.Page = 0;
        });
    }

    private async Task TurnPageAsync(Turn turn)
    {
        var (_, markup) = await ListAsync(turn);
        turn.Context.Screen.ReplacePressedButtons(markup);
    }

    private async Task<bool> IsListedAsync(FlowContext context, BrowseDraft draft, long id) =>
        await ActivityQueries.Upcoming(context.Update.Db, context.Update.Now, draft.Kind).AnyAsync(a => a.Id == id);

    private async Task<(string Text, InlineKeyboardMarkup Markup)> ListAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        var db = context.Update.Db;
        var all = ActivityQueries.Listed(db, context.Update.Now, draft.Kind);
        var total = await all.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        draft.Page = Math.Clamp(draft.Page, 0, pages - 1);
        var page = await all.Skip(draft.Page * PageSize).Take(PageSize).ToListAsync();
        var entries = await catalogue.DescribeAsync(db, page, context.Update.Now);
        var lines = entries.Select((e, i) => $"{draft.Page * PageSize + i + 1}. {e.Line}");
        var text = texts.Format("ActivityList", cards.KindLabel(draft.Kind ?? ""), draft.Page + 1, pages) + "\n\n" + string.Join("\n", lines);
        var rows = page.Zip(entries).Select((p, i) => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton($"{draft.Page * PageSize + i + 1}. {Shorten(p.Second.Label)}", turn.Data("open", p.First.Id.ToString()))]).ToList();
        var arrows = new List<InlineKeyboardButton>();
        if (draft.Page > 0)
            arrows.Add(new InlineKeyboardButton(texts["ButtonPrevious"], turn.Data("page", (draft.Page - 1).ToString())));
        if (draft.Page < pages - 1)
            arrows.Add(new InlineKeyboardButton(texts["ButtonNext"], turn.Data("page", (draft.Page + 1).ToString())));
        if (arrows.Count > 0)
            rows.Add(arrows);
        return (text, new InlineKeyboardMarkup(rows));
    }

    /// <summary>A listed activity opens its card; a forum's session stands for the forum and opens its programme.</summary>
    private async Task<bool> OpenAsync(Turn turn, long id)
    {
        var forumId = await turn.Update.Db.Set<Activity>().Where(a => a.Id == id).Select(a => a.ForumDayId).SingleAsync();
        return forumId is { } forum
            ? await turn.FireAsync(OpenForum, () => (turn.Draft.ForumDayId, turn.Draft.DatesPage) = (forum, 0))
            : await turn.FireAsync(Open, () => (turn.Draft.ActivityId, turn.Draft.ForumDayId) = (id, 0));
    }

    private async Task<(string Text, InlineKeyboardMarkup Markup)> ForumAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        var db = context.Update.Db;
        var forum = await db.Set<ForumDay>().SingleAsync(f => f.Id == draft.ForumDayId);
        var sessions = await ForumProgramme.SessionsAsync(db, forum.Id, context.Update.Now);
        if (sessions.Count == 0)
            return (texts["SignUpClosed"], new InlineKeyboardMarkup(Array.Empty<InlineKeyboardButton>()));
        var counts = await ActivityQueries.CountsAsync(db, sessions.Select(a => a.Id).ToList());
        var mine = context.Person is null ? [] : (await ForumProgramme.MineAsync(db, forum.Id, context.Person.Id, context.Update.Now)).Select(s => s.ActivityId).ToHashSet();
        var buttons = sessions.Select((a, i) => new InlineKeyboardButton($"{i + 1}. {Shorten(a.Title)}", turn.Data("open", a.Id.ToString()))).ToList();
        return (programme.Text(forum, sessions, counts, mine),
            context.Keyboards.Paged(buttons, draft.DatesPage, p => turn.Data("page", p.ToString()), [new InlineKeyboardButton(texts["ButtonMyProgramme"], turn.Data("mine"))]));
    }

    private async Task RedrawForumAsync(Turn turn) => turn.Context.Screen.ReplacePressedButtons((await ForumAsync(turn)).Markup);

    /// <summary>«📋 Моя программа»: the person's sessions of the forum by time, and the programme again below.</summary>
    private async Task<bool> ShowMineAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        var forum = await context.Update.Db.Set<ForumDay>().SingleAsync(f => f.Id == draft.ForumDayId);
        var mine = context.Person is null ? [] : await ForumProgramme.MineAsync(context.Update.Db, forum.Id, context.Person.Id, context.Update.Now);
        context.Screen.RemovePressedButtons();
        context.Screen.Say(mine.Count == 0 ? texts.Format("ProgrammeEmpty", forum.Title) : texts.Format("MyProgramme", forum.Title, programme.Lines(mine.Select(s => s.Activity!))));
        await ShowStepAsync(turn);
        return true;
    }

    private async Task ShowCardAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        var db = context.Update.Db;
        var activity = await db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        var (confirmed, waiting) = await ActivityQueries.CountsAsync(db, activity.Id);
        var mine = context.Person is null ? null : await db.Set<SignUp>()
            .SingleOrDefaultAsync(s => s.ActivityId == activity.Id && s.PersonId == context.Person.Id && s.State != SignUpState.Cancelled);
        var text = cards.Card(activity, confirmed, waiting);
        var dates = activity.SeriesId is { } seriesId ? await SeriesSignUps.UpcomingAsync(db, seriesId, context.Update.Now) : [];
        if (dates.Count > 1)
        {
            var weekdays = await ActivityQueries.WeekdaysAsync(db, [activity.SeriesId]);
            var later = dates.Where(d => d.Id != activity.Id).Select(d => d.StartsAt).ToList();
            text += "\n\n" + texts.Format("CardSeries", series.Rhythm(weekdays.GetValueOrDefault(activity.SeriesId!.Value)), texts.Count(later.Count, "NounMeeting"), series.Days(later));
        }

        InlineKeyboardButton? join = null;
        var clash = mine is null && context.Person is not null ? await ForumProgramme.ClashAsync(db, activity, context.Person.Id, context.Update.Now) : null;
        if (mine is not null)
            text += "\n\n" + (mine.State == SignUpState.Confirmed ? texts["YouAreSignedUp"] : texts.Format("YouAreWaiting", await Seats.PositionAsync(db, mine)));
        // A session is one of its time; a full one cannot take a seat held at another, so that seat stays.
        else if (clash is not null && activity.Capacity is { } full && confirmed >= full)
            text += "\n\n" + texts.Format("SessionFullKeepYours", clash.Activity!.Title);
        else if (activity.Capacity is { } c && confirmed >= c)
            join = turn.Button(texts.Format("ButtonJoinWaiting", waiting + 1), Choose, "join");
        else
            join = turn.Button(texts["ButtonSignUp"], Choose, "join");
        InlineKeyboardButton? all = null, other = null;
        if (dates.Count > 1)
        {
            // «На все встречи» stays while some date still lacks the person; the seats taken already are kept.
            var mineInSeries = context.Person is null ? 0 : (await SeriesSignUps.MineAsync(db, activity.SeriesId!.Value, context.Person.Id, context.Update.Now)).Count;
            if (mineInSeries < dates.Count)
                all = turn.Button(texts.Format("ButtonSignUpAll", dates.Count), Choose, "all");
            other = turn.Button(texts["ButtonOtherDates"], ShowDates, "dates");
        }

        // The way back to the list is «⬅️ Назад» below, the one way back everywhere.
        context.Screen.Ask(text, Turn.Column(join, all, other));
    }

    private async Task<InlineKeyboardMarkup> DatesButtonsAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        var activity = await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        var dates = activity.SeriesId is { } seriesId ? await SeriesSignUps.UpcomingAsync(context.Update.Db, seriesId, context.Update.Now) : [activity];
        return context.Keyboards.Paged(
            dates.Select(d => new InlineKeyboardButton((d.Id == activity.Id ? "• " : "") + cards.When(d), turn.Data("open", d.Id.ToString()))).ToList(),
            draft.DatesPage,
            p => turn.Data("page", p.ToString()));
    }

    private async Task RedrawDatesAsync(Turn turn) => turn.Context.Screen.ReplacePressedButtons(await DatesButtonsAsync(turn));

    private async Task SignUpAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        if (draft.All)
        {
            var seriesId = await context.Update.Db.Set<Activity>().Where(a => a.Id == draft.ActivityId).Select(a => a.SeriesId).SingleAsync();
            await context.Navigation.LeaveAsync(await seriesSignUps.SignUpAllAsync(context.Update, seriesId ?? 0, context.Person!));
            return;
        }

        var chosen = await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        if (await ForumProgramme.ClashAsync(context.Update.Db, chosen, context.Person!.Id, context.Update.Now) is { } held)
        {
            await context.Navigation.LeaveAsync(await MoveAsync(context, chosen, held));
            return;
        }

        var result = await seats.SignUpAsync(context.Update, draft.ActivityId, context.Person!, byStaff: false);
        var activity = await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        var text = result.Outcome switch
        {
            SignUpOutcome.Confirmed => texts.Format("SignedUp", cards.Headline(activity)),
            SignUpOutcome.Waiting => texts.Format("OnWaitingList", cards.Headline(activity), result.WaitingPosition),
            SignUpOutcome.AlreadySignedUp when result.SignUp!.State == SignUpState.Waiting => texts.Format("AlreadyWaiting", result.WaitingPosition),
            SignUpOutcome.AlreadySignedUp => texts["AlreadySignedUp"],
            _ => texts["SignUpClosed"],
        };
        if (result.Overlaps is { Count: > 0 } overlaps)
            text += "\n\n" + texts.Format("OverlapWarning", string.Join("\n", overlaps.Select(cards.Headline)));
        // A seat, not a waiting place: the car is booked for a day the person will surely come.
        if (result.Outcome == SignUpOutcome.Confirmed && result.SignUp is { } signUp && await RideWorthOfferingAsync(context, activity, signUp))
        {
            // Said above the question, so the sign-up's confirmation and the offer arrive as one message.
            await context.Update.FlushAsync();
            context.Screen.Preface(text);
            await turn.FireAsync(OfferRide, () => draft.SignUpId = signUp.Id);
            return;
        }

        await context.Navigation.LeaveAsync(text);
    }

    /// <summary>A seat at another session of the same time: taken first, and only then is the old one freed (a full one frees nothing).</summary>
    private async Task<string> MoveAsync(FlowContext context, Activity chosen, SignUp held)
    {
        var result = await seats.SignUpAsync(context.Update, chosen.Id, context.Person!, byStaff: false);
        if (result.Outcome == SignUpOutcome.Waiting)
        {
            context.Update.Db.Remove(result.SignUp!);
            return texts.Format("SessionFullKeepYours", held.Activity!.Title);
        }

        if (result.Outcome != SignUpOutcome.Confirmed)
            return texts["SignUpClosed"];
        await seats.CancelAsync(context.Update, held);
        return texts.Format("MovedSession", cards.Headline(chosen), held.Activity!.Title);
    }

    private async Task<bool> RideWorthOfferingAsync(FlowContext context, Activity activity, SignUp signUp)
    {
        foreach (var ride in rides)
            if (await ride.WorthOfferingAsync(context.Update, context.Person!, activity, signUp))
                return true;
        return false;
    }

    /// <summary>«Да, нужна»: the ride for the sign-up, unless it was cancelled meanwhile.</summary>
    private async Task<bool> BookRideAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        var db = context.Update.Db;
        var signUp = await db.Set<SignUp>().SingleOrDefaultAsync(s => s.Id == draft.SignUpId && s.PersonId == context.Person!.Id && s.State != SignUpState.Cancelled);
        var activity = signUp is null ? null : await db.Set<Activity>().SingleAsync(a => a.Id == signUp.ActivityId);
        if (signUp is null || activity is null || !await RideWorthOfferingAsync(context, activity, signUp))
            return await LeaveAsync(context, texts["SignUpRideNotNeeded"]);
        return await LeaveAsync(context, await rides.First().BookAsync(context.Update, context.Person!, activity, signUp));
    }

    private static async Task<bool> LeaveAsync(FlowContext context, string text)
    {
        context.Screen.RemovePressedButtons();
        await context.Navigation.LeaveAsync(text);
        return true;
    }

    private static string Shorten(string title) => title.Length <= 40 ? title : title[..39] + "…";
}
