using ClubBot.People;
using ClubBot.Terminal;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace ClubBot.Tests.Terminal;

/// <summary>Console mode runs the whole bot with the terminal as its Telegram: scripted input, printed output.</summary>
public sealed class ConsoleModeTests
{
    [Fact]
    public async Task ScriptedOnboarding_InTheTerminal_StoresTheProfileAndShowsTheMenu()
    {
        using var database = new TestDatabase();

        var output = await RunAsync(database, "/start", "", "1", "Анна Петрова", "а", "+79141234567", "Оса", "1", "Готово", "1");

        Assert.Contains("Вас приветствует клуб «Активное долголетие»", output);
        Assert.Contains("1) ✅ Согласен", output);
        // The phone step waits for typing, where a number is an answer: its buttons go by letter.
        Assert.Contains("а) 📱 Отправить номер", output);
        Assert.Contains("б) ⬅️ Назад", output);
        Assert.Contains("Спасибо, Анна Петрова! Вы зарегистрированы.", output);
        Assert.Contains(") 📅 Куда пойти", output);
        Assert.Contains(") Ещё ▶️", output);
        var person = await QueryPersonAsync(database, 100_000_001);
        Assert.Equal(("Анна Петрова", "+79141234567", "Оса", PersonCategory.Pensioner), (person.Name, person.Phone, person.Settlement, person.Category));
    }

    [Fact]
    public async Task RestartingTheTerminal_ContinuesTheConversation()
    {
        using var database = new TestDatabase();
        await RunAsync(database, "/start", "1", "Анна Петрова");

        var output = await RunAsync(database, "89141234567");

        Assert.Contains("Где вы живёте?", output);
        Assert.Contains("+79141234567", await QuerySessionDraftAsync(database));
    }

    [Fact]
    public async Task AsAdmin_SpeaksAsTheFirstAdministrator_AndSeesTheStaffMenu()
    {
        using var database = new TestDatabase();

        var output = await RunAsync(database, ["--console", "--as", "admin"], new() { ["Club:Admins:0"] = "555" }, "/start");

        Assert.Contains(") 👥 Участники", output);
        Assert.NotNull(await QueryPersonOrNullAsync(database, 555));
    }

    [Fact]
    public async Task AsAdmin_WithTheShippedConfiguration_SpeaksAsTheDemoAdministrator()
    {
        using var database = new TestDatabase();

        var output = await RunAsync(database, ["--console", "--as", "admin"], [], "/start");

        Assert.Contains("(id 100000000)", output);
        Assert.Contains(") 👥 Участники", output);
    }

    [Fact]
    public async Task AMessageToAnotherPerson_WaitsInTheirChat_AndAppearsWhenTheyOpenATerminal()
    {
        using var database = new TestDatabase();
        await RunAsync(database, "/start", "1", "Анна Петрова", "+79141234567", "Оса", "1", "Готово", "1");
        var asAnna = await RunAsync(database, ["--console"], [], "❓ Вопрос координатору", "Можно ли взять внука на экскурсию?");
        Assert.Contains("Вопрос записан", asAnna);
        Assert.Contains("С возвращением, Анна Петрова!", asAnna);

        var asAdmin = await RunAsync(database, ["--console", "--as", "admin"], [], "/start", "❓ Вопросы", "1", "Да, и внуку скидка.");
        Assert.Contains("Можно ли взять внука на экскурсию?", asAdmin);
        Assert.Contains("Ответ отправлен.", asAdmin);
        Assert.DoesNotContain("Ответ координатора", asAdmin);

        var annaAgain = await RunAsync(database, ["--console"], [], "/exit");
        Assert.Contains("Пока вас не было, пришло:", annaAgain);
        Assert.Contains("Да, и внуку скидка.", annaAgain);
        Assert.DoesNotContain("Пока вас не было", await RunAsync(database, ["--console"], [], "/exit"));
    }

    [Fact]
    public async Task AReport_InTheTerminal_IsSavedUnderFiles_ChartToo_AndItsPathPrinted()
    {
        using var database = new TestDatabase();
        // Without due work: early in a month the scheduled report of the last one would arrive in either run,
        // whichever it is queued and delivered in, beside the report this test asks for.
        var admin = new Dictionary<string, string?> { ["Club:Admins:0"] = "555", ["Scheduling:Enabled"] = "false" };
        var menu = await RunAsync(database, ["--console", "--as", "admin"], admin, "/start", "📈 Отчёт");
        var thisMonth = System.Text.RegularExpressions.Regex.Match(menu, @"(\d+)\) Этот месяц").Groups[1].Value;

        var output = await RunAsync(database, ["--console", "--as", "admin"], admin, "/start", "📈 Отчёт", thisMonth, "/start");

        var saved = System.Text.RegularExpressions.Regex.Matches(output, @"сохранён: (\S+\.(?:csv|xlsx|png))").Select(m => m.Groups[1].Value).ToList();
        Assert.True(saved.Count == 3, "Screen:\n" + output + "\nFirst:\n" + menu);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(saved.Single(p => p.EndsWith(".png", StringComparison.Ordinal)))[..4]);
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource))!, "files");
        Assert.All(saved, path => Assert.Equal(folder, Path.GetDirectoryName(path)));
        Assert.StartsWith("\uFEFF", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(saved.Single(p => p.EndsWith(".csv", StringComparison.Ordinal)))));
        Assert.Contains("Участники", File.ReadAllText(saved.Single(p => p.EndsWith(".csv", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task ABlankLine_AsksAgain_AndOnlyExitOrTheEndOfInputStops()
    {
        using var database = new TestDatabase();

        var output = await RunAsync(database, "", "  ", "/start", "/exit", "1");

        Assert.Contains("Вас приветствует клуб «Активное долголетие»", output);
        Assert.Null((await QueryPersonOrNullAsync(database, 100_000_001))?.ConsentedAt);
    }

    private static Task<string> RunAsync(TestDatabase database, params string[] lines) => RunAsync(database, ["--console"], [], lines);

    private static async Task<string> RunAsync(TestDatabase database, string[] args, Dictionary<string, string?> extra, params string[] lines)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        var settings = Settings(database);
        foreach (var (key, value) in extra)
            settings[key] = value;
        var logs = new LogSink();
        await using var app = Program.Build(args, settings, builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.AddSingleton(new TerminalIO(new StringReader(string.Join('\n', lines) + "\n"), console));
        });
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await ((IHost)app).RunAsync(deadline.Token);
        Assert.False(deadline.IsCancellationRequested, "The terminal session did not end at the end of its input. Screen:\n" + writer
            + "\nLast log lines:\n" + string.Join('\n', logs.Lines.TakeLast(40)));
        return writer.ToString();
    }

    private static Dictionary<string, string?> Settings(TestDatabase database) => new()
    {
        ["Storage:ConnectionString"] = database.ConnectionString,
    };

    private static async Task<Person> QueryPersonAsync(TestDatabase database, long userId) =>
        await QueryPersonOrNullAsync(database, userId) ?? throw new InvalidOperationException("No such person.");

    private static async Task<Person?> QueryPersonOrNullAsync(TestDatabase database, long userId)
    {
        await using var db = database.Open();
        return await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.TelegramUserId == userId);
    }

    private static async Task<string?> QuerySessionDraftAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.Set<ClubBot.Conversations.ConversationSession>().Select(s => s.Draft).SingleOrDefaultAsync();
    }
}
