using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClubBot.Tests.Fakes;

/// <summary>
/// A Bot API server on 127.0.0.1 for end-to-end tests: getUpdates serves a queue with real long-poll
/// semantics (offset confirms, timeout waits), every other call is recorded with its parameters (JSON, form or
/// multipart) and answered like Telegram would, unless a <see cref="FakeRule"/> says to fail or to be slow.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TESTtokenABCDEFGHIJKLMNOPQRSTUVWXYZ012";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<(long Id, JsonObject Update, bool Forced)> _queue = [];
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly List<FakeRule> _rules = [];
    private readonly ConcurrentDictionary<long, DateTimeOffset> _deliveredAt = new();
    private TaskCompletionSource _queueChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _callRecorded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastUpdateId = 5000;
    private long _lastMessageId;
    private int _getUpdatesCalls;

    private FakeBotApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Decides for each call but getUpdates whether to fail or stall it (null lets it succeed); rules come first.</summary>
    public Func<string, FakeReply?>? Chaos { get; set; }

    /// <summary>Like <see cref="Chaos"/>, also told the call's chat (a rate limit that counts only some chats).</summary>
    public Func<string, long?, FakeReply?>? ChaosByChat { get; set; }

    /// <summary>The clock calls are stamped with; a test on a fake clock sets its own, so spacing is measured in the bot's time.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>How many getUpdates requests arrived (they are not in <see cref="Calls"/>).</summary>
    public int GetUpdatesCalls => Volatile.Read(ref _getUpdatesCalls);

    /// <summary>Every call but getUpdates, in arrival order.</summary>
    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    private int _messagesSent;

    /// <summary>Messages accepted so far; cheap to read, for benchmarks that must not rescan every call.</summary>
    public int MessagesSent => Volatile.Read(ref _messagesSent);

    /// <summary>When getUpdates first handed out each update.</summary>
    public IReadOnlyDictionary<long, DateTimeOffset> DeliveredAt => _deliveredAt;

    public IReadOnlyList<RecordedCall> Sent(long chatId) =>
        Calls.Where(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == chatId).ToList();

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.Map("/bot{token}/{method}", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First();
        return fake;
    }

    /// <summary>Queues an update for getUpdates; returns its update_id.</summary>
    public long Push(JsonObject update)
    {
        lock (_gate)
        {
            var id = ++_lastUpdateId;
            update["update_id"] = id;
            _queue.Add((id, update, false));
            Signal(ref _queueChanged);
            return id;
        }
    }

    /// <summary>Delivers an update again, as Telegram does when the bot did not confirm it.</summary>
    public void Redeliver(JsonObject update)
    {
        lock (_gate)
        {
            _queue.Add(((long)update["update_id"]!, update.DeepClone().AsObject(), true));
            Signal(ref _queueChanged);
        }
    }

    public void AddRule(FakeRule rule)
    {
        lock (_gate)
            _rules.Add(rule);
    }

    public void ClearRules()
    {
        lock (_gate)
            _rules.Clear();
    }

    /// <summary>Waits until <paramref name="count"/> recorded calls match; fails with the calls seen so far.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForAsync(Func<RecordedCall, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_gate)
                changed = _callRecorded.Task;
            var found = Calls.Where(match).ToList();
            if (found.Count >= count)
                return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"Expected {count} matching calls, saw {found.Count}. All calls:\n" +
                    string.Join("\n", Calls.Select(c => $"{c.At:HH:mm:ss.fff} {c.Method} {c.Status} {c.Parameters.ToJsonString()}")));
            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    public Task<IReadOnlyList<RecordedCall>> WaitForMessagesAsync(long chatId, int count = 1, TimeSpan? timeout = null) =>
        WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == chatId, count, timeout);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private int _inFlight;
    private TaskCompletionSource _inFlightChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Waits until no request is being answered: a bot process killed mid-request leaves its last call still being
    /// recorded here for a moment, and a count taken before that is short by it.
    /// </summary>
    public async Task WaitUntilIdleAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_inFlight == 0)
                    return;
                changed = _inFlightChanged.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"{_inFlight} requests still being answered.");
            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        lock (_gate)
            _inFlight++;
        try
        {
            await AnswerAsync(http, token, method);
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
                _inFlightChanged.TrySetResult();
                _inFlightChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private async Task AnswerAsync(HttpContext http, string token, string method)
    {
        if (token != Token)
        {
            http.Response.StatusCode = 401;
            await http.Response.WriteAsJsonAsync(new JsonObject { ["ok"] = false, ["error_code"] = 401, ["description"] = "Unauthorized" });
            return;
        }

        var (parameters, files) = await RequestBody.ReadAsync(http.Request);
        if (method == "getUpdates" && TakeRule(method, null) is { } pollRule)
        {
            Interlocked.Increment(ref _getUpdatesCalls);
            http.Response.StatusCode = pollRule.Reply.Status;
            await http.Response.WriteAsJsonAsync(pollRule.Reply.ErrorBody());
            return;
        }

        if (method == "getUpdates")
        {
            Interlocked.Increment(ref _getUpdatesCalls);
            var updates = await NextUpdatesAsync(parameters, http.RequestAborted);
            await http.Response.WriteAsJsonAsync(new JsonObject { ["ok"] = true, ["result"] = updates });
            return;
        }

        var chatId = parameters["chat_id"] is { } c ? long.Parse(c.ToString(), System.Globalization.CultureInfo.InvariantCulture) : (long?)null;
        var rule = TakeRule(method, chatId);
        var reply = rule?.Reply ?? Chaos?.Invoke(method) ?? ChaosByChat?.Invoke(method, chatId) ?? new FakeReply();
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Record(new RecordedCall(method, parameters, Clock.GetUtcNow(), 499, files));
                return;
            }
        }

        var result = reply.Status == 200 ? Result(method, parameters, chatId) : null;
        Record(new RecordedCall(method, parameters, Clock.GetUtcNow(), reply.Status, files) { MessageId = result is JsonObject o ? (long?)o["message_id"] : null });
        http.Response.StatusCode = reply.Status;
        await http.Response.WriteAsJsonAsync(result is not null ? new JsonObject { ["ok"] = true, ["result"] = result } : reply.ErrorBody());
    }

    private FakeRule? TakeRule(string method, long? chatId)
    {
        lock (_gate)
            return _rules.FirstOrDefault(r => r.Method == method && (r.ChatId is null || r.ChatId == chatId) && r.TryUse());
    }

    private async Task<JsonArray> NextUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        var offset = (long?)parameters["offset"] ?? 0;
        var timeout = TimeSpan.FromSeconds((int?)parameters["timeout"] ?? 0);
        var limit = (int?)parameters["limit"] ?? 100;
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                _queue.RemoveAll(q => !q.Forced && q.Id < offset);
                var ready = _queue.Where(q => q.Forced || q.Id >= offset).Take(limit).ToList();
                if (ready.Count > 0)
                {
                    _queue.RemoveAll(q => q.Forced && ready.Contains(q));
                    var now = DateTimeOffset.UtcNow;
                    foreach (var q in ready)
                        _deliveredAt.TryAdd(q.Id, now);
                    return [.. ready.Select(q => (JsonNode)q.Update.DeepClone())];
                }

                changed = _queueChanged.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                return [];
            try
            {
                await changed.WaitAsync(left, aborted);
            }
            catch (TimeoutException)
            {
                return [];
            }
            catch (OperationCanceledException)
            {
                return [];
            }
        }
    }

    private JsonNode Result(string method, JsonObject parameters, long? chatId) => method switch
    {
        "getMe" => Updates.User(42, "ClubBot"),
        "sendMessage" or "sendDocument" or "sendPhoto" or "editMessageText" => new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _lastMessageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = Updates.Chat(chatId ?? 0),
            ["text"] = parameters["text"]?.DeepClone(),
        },
        _ => true,
    };

    private void Record(RecordedCall call)
    {
        _calls.Enqueue(call);
        if (call.Method == "sendMessage" && call.Succeeded)
            Interlocked.Increment(ref _messagesSent);
        lock (_gate)
            Signal(ref _callRecorded);
    }

    private static void Signal(ref TaskCompletionSource source)
    {
        var old = source;
        source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        old.TrySetResult();
    }
}
