using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClubBot.Features.Help;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ClubBot.Tests.Faults;

/// <summary>
/// Ten thousand updates of every kind the Bot API defines, many of them malformed or forged: the bot keeps
/// answering, changes nothing a presser may not change, and never shows anyone another person's phone or address.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsCollection.Name)]
public sealed class FuzzedUpdatesTests(ITestOutputHelper output) : FakeBotApiTest
{
    private const long Victim = 59001;
    private const string VictimPhone = "+79145550011";
    private const string VictimAddress = "ул. Секретная, 7";
    private const long FirstFuzzer = 60000;
    private const int Fuzzers = 300;

    private static readonly string[] Words =
    [
        "/start", "/help", "/start@club_bot", "🏠 Меню", "⬅️ Назад", "✖️ Прервать", "📅 Куда пойти", "📋 Мои заявки", "🔒 Мои данные",
        "🗂 Занятия", "📥 Заявки", "📌 Задания", "✅ Согласен", "Другое", "42", "-1", "99999999999999999999", "", " ",
        "Анна", "\u202Eобратный текст", "zero\u200Bwidth", "😀😀😀", "<b>жирный</b>", "'; DROP TABLE People; --", "\0",
    ];

    private static readonly string[] Actions = ["take", "release", "done", "approve", "reject", "open", "answer", "mark", "yes", "no", "pick", "cancel", "erase", "page", "assign", "status"];

    [Fact]
    public async Task TenThousandFuzzedUpdates_TheBotSurvives_AnswersEveryPrivateMessage_AndLeaksAndChangesNothing()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>
        {
            ["Club:Admins:0"] = "59000",
            ["Sender:ReplyPerChatPerSecond"] = "1000",
            ["Sender:ReplyBurstPerChat"] = "1000",
        });
        var requestId = await SeedVictimAsync(bot);
        var before = await SnapshotAsync(bot);
        var updateKinds = UpdateFieldsFromTheSpec();

        var privateMessages = new Dictionary<long, int>();
        for (var i = 0; i < 10_000; i++)
        {
            var chat = FirstFuzzer + random.Next(Fuzzers);
            var roll = random.Next(100);
            JsonObject update;
            if (roll < 35)
            {
                update = Updates.Text(chat, RandomText(random, i));
                privateMessages[chat] = privateMessages.GetValueOrDefault(chat) + 1;
            }
            else if (roll < 55)
            {
                update = Updates.Callback(chat, ForgedData(random, requestId), random.Next(1, 5000));
            }
            else if (roll < 65)
            {
                update = Updates.Text(chat, RandomText(random, i));
                update["message"]!["chat"] = new JsonObject { ["id"] = -100000 - random.Next(20), ["type"] = random.Next(3) switch { 0 => "group", 1 => "supergroup", _ => "channel" }, ["title"] = "Группа" };
            }
            else if (roll < 75)
            {
                update = new JsonObject { [updateKinds[random.Next(updateKinds.Count)]] = Updates.Text(chat, "x")["message"]!.DeepClone() };
            }
            else if (roll < 85)
            {
                update = Malformed(random, chat);
            }
            else if (roll < 90)
            {
                update = Updates.Blocked(chat);
                if (random.Next(2) == 0)
                    update["my_chat_member"]!["new_chat_member"]!["status"] = "member";
            }
            else
            {
                update = random.Next(3) switch { 0 => Updates.Photo(chat), 1 => Updates.Sticker(chat), _ => Updates.Location(chat) };
                privateMessages[chat] = privateMessages.GetValueOrDefault(chat) + 1;
            }

            Api.Push(update);
        }

        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().CountAsync(u => u.HandledAt != null).ContinueWith(t => t.Result >= 10_000), TimeSpan.FromSeconds(180));
        Api.Push(Updates.Text(59999, "привет"));
        Assert.Single(await Api.WaitForMessagesAsync(59999));

        Assert.Equal(before, await SnapshotAsync(bot));
        var toFuzzers = Api.Calls.Where(c => c.ChatId is >= FirstFuzzer and < FirstFuzzer + Fuzzers || c.ChatId < 0).ToList();
        Assert.DoesNotContain(toFuzzers, c => Digits(c.Parameters.ToJsonString()).Contains("9145550011", StringComparison.Ordinal));
        Assert.DoesNotContain(toFuzzers, c => c.Parameters.ToJsonString().Contains("Секретная", StringComparison.Ordinal));
        foreach (var (chat, count) in privateMessages)
            Assert.True(Api.Sent(chat).Count >= count, $"chat {chat} sent {count} private messages and got {Api.Sent(chat).Count} answers");
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        output.WriteLine($"{Api.Calls.Count} calls; {bot.Logs.Lines.Count(l => l.StartsWith("Error", StringComparison.Ordinal))} error lines; " +
            $"{await bot.QueryAsync(db => db.Set<InboxUpdate>().CountAsync(u => u.Poison != null))} poison");
    }

    private static async Task<long> SeedVictimAsync(BotUnderTest bot) => await bot.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var person = new Person
        {
            TelegramUserId = Victim,
            ChatId = Victim,
            Name = "Тамара Викторовна",
            Phone = VictimPhone,
            Settlement = "Оса",
            Category = PersonCategory.Pensioner,
            ConsentedAt = now,
            RegisteredAt = now,
            CreatedAt = now,
            LastSeenAt = now,
        };
        var request = new HelpRequest
        {
            Kind = RequestKind.Household,
            Person = person,
            Status = RequestStatus.New,
            Service = "Мелкий ремонт",
            Details = "Кран течёт",
            Address = VictimAddress,
            CreatedAt = now,
            UpdatedAt = now,
            ForVolunteers = true,
        };
        db.AddRange(person, request);
        await db.SaveChangesAsync();
        return request.Id;
    });

    /// <summary>Everything a forged press could change: people's roles and data, requests, sign-ups, answers.</summary>
    private static Task<string> SnapshotAsync(BotUnderTest bot) => bot.QueryAsync(async db =>
    {
        var people = await db.Set<Person>().Where(p => p.TelegramUserId == Victim || p.Volunteer != VolunteerStatus.None)
            .Select(p => new { p.Id, p.Name, p.Phone, p.Settlement, p.Volunteer, p.ErasedAt }).ToListAsync();
        var requests = await db.Set<HelpRequest>().Select(r => new { r.Id, r.Status, r.VolunteerId, r.Address, r.Details, r.PickupAt }).ToListAsync();
        var signUps = await db.Set<ClubBot.Features.Activities.SignUp>().CountAsync();
        return JsonSerializer.Serialize(new { people, requests, signUps });
    });

    private static List<string> UpdateFieldsFromTheSpec()
    {
        var spec = Path.Combine(BotProcess.RepositoryRoot, "Bot.Tests", "TestData", "telegram", "api.json");
        Assert.True(File.Exists(spec), $"The Bot API description is expected at {spec}");
        using var document = JsonDocument.Parse(File.ReadAllText(spec));
        return document.RootElement.GetProperty("types").GetProperty("Update").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!).Where(n => n != "update_id").ToList();
    }

    private static string RandomText(Random random, int i)
    {
        if (i % 2000 == 1)
            return new string('я', 100_000);
        if (random.Next(3) == 0)
            return Words[random.Next(Words.Length)];
        var text = new StringBuilder();
        for (var n = random.Next(1, 60); n > 0; n--)
            text.Append(random.Next(5) switch
            {
                0 => (char)random.Next(0x20, 0x7F),
                1 => (char)random.Next(0x410, 0x450),
                2 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1F6FF)),
                3 => (char)random.Next(0x2000, 0x206F),
                _ => ' ',
            });
        return text.ToString();
    }

    private static string ForgedData(Random random, long requestId)
    {
        var prefixes = new[] { "ob", "br", "ms", "sa", "ed", "hr", "mr", "sr", "sv", "vb", "tk", "qa", "pv", "rm", "rr", "sb", "x", "" };
        var argument = random.Next(3) switch { 0 => requestId.ToString(System.Globalization.CultureInfo.InvariantCulture), 1 => random.Next(-5, 50).ToString(System.Globalization.CultureInfo.InvariantCulture), _ => "∞" };
        var data = $"{prefixes[random.Next(prefixes.Length)]}:{random.Next(12)}:{Actions[random.Next(Actions.Length)]}:{argument}";
        return data.Length > 64 ? data[..64] : data;
    }

    private static JsonObject Malformed(Random random, long chat)
    {
        var update = Updates.Text(chat, "сломанное");
        var message = update["message"]!.AsObject();
        switch (random.Next(6))
        {
            case 0: message["date"] = "вчера"; break;
            case 1: message.Remove("chat"); break;
            case 2: message["text"] = 12345; break;
            case 3: message["from"]!["id"] = JsonNode.Parse("18446744073709551616"); break;
            case 4: message["photo"] = new JsonObject { ["file_id"] = "x" }; break;
            default: return new JsonObject { ["callback_query"] = new JsonObject { ["data"] = "x" } };
        }

        return update;
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
