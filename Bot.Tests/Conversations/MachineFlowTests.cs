using System.Text.Json;
using System.Text.Json.Nodes;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.Pipeline;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using ClubBot.Texts;
using ClubBot.Transport;
using Microsoft.Extensions.Options;
using Moq;
using Telegram.Bot.Types;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Tests.Conversations.MachineFlowTests.Step, ClubBot.Tests.Conversations.MachineFlowTests.Go, ClubBot.Tests.Conversations.MachineFlowTests.Notes>;

namespace ClubBot.Tests.Conversations;

/// <summary>The flow runner: one turn per update over the session's state and draft.</summary>
public sealed class MachineFlowTests : IDisposable
{
    private const long Chat = 4242;
    private readonly TestDatabase _database = new();
    private readonly BotDbContext _db;
    private readonly BotTexts _texts = new(Options.Create(new ClubOptions()));
    private readonly ConversationSession _session = new() { ChatId = Chat };
    private readonly TwoSteps _flow = new();

    public MachineFlowTests() => _db = _database.Open();

    public enum Step { First, Second, Done, Closed }

    public enum Go { Next, Finish, Back }

    public sealed class Notes
    {
        public List<string> Said { get; set; } = [];
    }

    [Fact]
    public async Task Start_ShowsTheFirstStep_WithOnlyTheButtonsItsStatePermits()
    {
        await _flow.StartAsync(Context(Updates.Text(Chat, "/start")));

        Assert.Equal("tw", _session.Flow);
        Assert.Equal("First", _session.State);
        Assert.Equal(["Дальше"], ButtonsOf("First"));
    }

    [Fact]
    public async Task ATypedAnswer_FiresItsTrigger_AndTheDraftIsKeptForTheNextTurn()
    {
        await _flow.StartAsync(Context(Updates.Text(Chat, "/start")));

        await _flow.HandleAsync(Context(Updates.Text(Chat, "яблоко")), Input.From(_lastUpdate!));

        Assert.Equal("Second", _session.State);
        Assert.Equal(["Готово"], ButtonsOf("Second"));
        await _flow.HandleAsync(Context(Updates.Callback(Chat, "tw:Second:finish")), Input.From(_lastUpdate!));
        Assert.Null(_session.Flow);
        Assert.Equal(["яблоко"], _flow.Finished);
    }

    [Fact]
    public async Task AButtonOfAnEarlierStep_IsAnsweredKindly_AndTheStepAskedAgain()
    {
        await _flow.StartAsync(Context(Updates.Text(Chat, "/start")));
        await _flow.HandleAsync(Context(Updates.Text(Chat, "груша")), Input.From(_lastUpdate!));

        var context = Context(Updates.Callback(Chat, "tw:First:next"));
        await _flow.HandleAsync(context, Input.From(_lastUpdate!));

        Assert.Equal("Second", _session.State);
        Assert.Equal(_texts["OldButtonShort"], context.Update.CallbackAnswer);
        Assert.Equal(["Готово"], ButtonsOf("Second"));
    }

    [Fact]
    public async Task AMove_TakesTheButtonsOffThePressedMessage_Once()
    {
        await _flow.StartAsync(Context(Updates.Text(Chat, "/start")));
        await _flow.HandleAsync(Context(Updates.Text(Chat, "слива")), Input.From(_lastUpdate!));
        var before = Queued.Count;

        await _flow.HandleAsync(Context(Updates.Callback(Chat, "tw:Second:finish")), Input.From(_lastUpdate!));

        Assert.Single(Queued.Skip(before), m => m.Method == "editMessageReplyMarkup");
    }

    [Fact]
    public async Task AnEntryActionThatFails_FailsTheTurn_SoItsUnitOfWorkIsNotSaved()
    {
        await _flow.StartAsync(Context(Updates.Text(Chat, "/start")));
        await _flow.HandleAsync(Context(Updates.Text(Chat, "сломай")), Input.From(_lastUpdate!));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _flow.HandleAsync(Context(Updates.Callback(Chat, "tw:Second:finish")), Input.From(_lastUpdate!)));

        Assert.Equal("entry failed", failure.Message);
        Assert.Empty(_flow.Finished);
    }

    [Fact]
    public async Task Back_FromTheFirstStep_LeavesTheFlow()
    {
        await _flow.StartAsync(Context(Updates.Text(Chat, "/start")));

        await _flow.BackAsync(Context(Updates.Text(Chat, "⬅️ Назад")));

        Assert.Null(_session.Flow);
        Assert.Null(_session.Draft);
    }

    [Fact]
    public void Describe_DrawsTheMachineWithoutAnUpdate()
    {
        var info = _flow.Describe();

        Assert.Equal(Step.First, info.InitialState.UnderlyingState);
        Assert.Equal([Step.First, Step.Second, Step.Done, Step.Closed], info.States.Select(s => (Step)s.UnderlyingState));
    }

    public void Dispose()
    {
        _db.Dispose();
        _database.Dispose();
    }

    private Update? _lastUpdate;
    private readonly List<UnitOfWork> _units = [];

    /// <summary>Every row the turns so far queued, in order.</summary>
    private List<OutboxMessage> Queued => [.. _units.SelectMany(u => u.Queued)];

    private FlowContext Context(JsonObject json)
    {
        json["update_id"] = 1;
        _lastUpdate = json.Deserialize<Update>(BotJson.StrictRead)!;
        var unit = new UnitOfWork(_db, new WriteGate(Options.Create(new StorageOptions())), Mock.Of<IOutboxPost>());
        _units.Add(unit);
        var update = new UpdateContext(_lastUpdate, Chat, unit, new OutboxWriter(unit, TimeProvider.System, new OutboxOwner(Options.Create(new SenderOptions()))), DateTime.UtcNow);
        var keyboards = new Keyboards(_texts);
        return new FlowContext(update, _session, isAdmin: false, _texts, keyboards, new MainMenu([], _texts, keyboards));
    }

    /// <summary>The buttons under the step's message (the test flow writes the state's name as the text).</summary>
    private List<string> ButtonsOf(string step)
    {
        var payload = Queued.Select(m => JsonNode.Parse(m.Payload)!).Last(p => p["text"]?.GetValue<string>().EndsWith(step, StringComparison.Ordinal) == true);
        var markup = payload["reply_markup"]?["inline_keyboard"]?.AsArray() ?? [];
        return markup.SelectMany(row => row!.AsArray()).Select(b => b!["text"]!.GetValue<string>()).ToList();
    }

    /// <summary>Type a word, then press «Готово»; «Дальше» is a button of the first step only.</summary>
    private sealed class TwoSteps() : MachineFlow<Step, Go, Notes>(Go.Back)
    {
        public List<string> Finished { get; } = [];

        public override string Name => "tw";

        protected override Step Initial => Step.First;

        protected override void Configure(Turn turn)
        {
            var m = turn.Machine;
            m.Configure(Step.First).Permit(Go.Next, Step.Second).Permit(Go.Back, Step.Closed).OnEntryAsync(_ => ShowStepAsync(turn));
            m.Configure(Step.Second).Permit(Go.Finish, Step.Done).Permit(Go.Back, Step.First).OnEntryAsync(_ => ShowStepAsync(turn));
            m.Configure(Step.Done).OnEntryAsync(_ =>
            {
                if (turn.Draft.Said.Contains("сломай"))
                    throw new InvalidOperationException("entry failed");
                Finished.AddRange(turn.Draft.Said);
                return turn.Context.Navigation.LeaveAsync();
            });
            m.Configure(Step.Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync());
        }

        protected override async Task<bool> OnInputAsync(Turn turn, Input input) => input.Kind switch
        {
            InputKind.Text => await turn.FireAsync(Go.Next, () => turn.Draft.Said.Add(input.Text!)),
            InputKind.Callback when turn.Pressed(input, "finish") is not null => await turn.FireAsync(Go.Finish),
            InputKind.Callback when turn.Pressed(input, "next") is not null => await turn.FireAsync(Go.Next),
            _ => false,
        };

        protected override Task ShowStepAsync(Turn turn)
        {
            turn.Context.Screen.Ask(turn.State.ToString(), Turn.Column(
                turn.Button("Дальше", Go.Next, "next"),
                turn.Button("Готово", Go.Finish, "finish")));
            return Task.CompletedTask;
        }
    }
}
