using ClubBot.Features.Onboarding;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Help;

/// <summary>A ride can be booked for any of the next 60 days: a week of buttons a page, or a date typed in words.</summary>
public sealed class RideDayTests : FakeBotApiTest
{
    // Monday, 23 November 2026, 10:00 in Moscow (the shipped zone).
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheDayPicker_PagesByWeek_ForSixtyDays()
    {
        await using var bot = await StartAsync();
        var chat = await OpenRideAsync(bot, 601);

        Assert.Equal("В какой день нужна поездка?\nВыберите день кнопкой или напишите дату, например: «2 декабря», «09.12», «завтра». Можно на 60 дней вперёд.", chat.LastText);
        Assert.Equal(["Сегодня, понедельник, 23 ноября", "Завтра, вторник, 24 ноября", "среда, 25 ноября", "четверг, 26 ноября", "пятница, 27 ноября", "суббота, 28 ноября", "воскресенье, 29 ноября", "Неделя позже ▶️"],
            chat.InlineButtons.Select(b => b.Text));

        await chat.PressAsync("Неделя позже ▶️");
        Assert.Equal(["понедельник, 30 ноября", "вторник, 1 декабря", "среда, 2 декабря", "четверг, 3 декабря", "пятница, 4 декабря", "суббота, 5 декабря", "воскресенье, 6 декабря", "◀️ Неделя раньше", "Неделя позже ▶️"],
            chat.InlineButtons.Select(b => b.Text));
        for (var week = 2; week <= 8; week++)
            await chat.PressAsync("Неделя позже ▶️");
        // Day 56 to day 59: the sixtieth day is the last.
        Assert.Equal(["понедельник, 18 января 2027", "вторник, 19 января 2027", "среда, 20 января 2027", "четверг, 21 января 2027", "◀️ Неделя раньше"],
            chat.InlineButtons.Select(b => b.Text));

        await chat.PressAsync("четверг, 21 января 2027");
        Assert.StartsWith("Откуда вас забрать?", chat.LastText);
    }

    [Theory]
    [InlineData("2 декабря", "среда, 2 декабря")]
    [InlineData("09.12", "среда, 9 декабря")]
    [InlineData("1 декабря", "вторник, 1 декабря")]
    [InlineData("15.12", "вторник, 15 декабря")]
    [InlineData("завтра", "вторник, 24 ноября")]
    [InlineData("в пятницу", "пятница, 27 ноября")]
    public async Task ATypedDate_IsTheRideDay(string typed, string shown)
    {
        await using var bot = await StartAsync();
        var chat = await OpenRideAsync(bot, 602);

        await chat.SendAsync(typed);

        Assert.StartsWith("Откуда вас забрать?", chat.LastText);
        await chat.TapAsync("📍 Оса");
        // The Pension Fund became the Social Fund (Социальный фонд России) in 2023.
        Assert.Equal(["Поликлиника", "МФЦ", "Соцзащита", "Социальный фонд", "Аптека", "Банк", "✏️ Другое"], chat.InlineButtons.Select(b => b.Text));
        await chat.PressAsync("Поликлиника");
        await chat.SendAsync("К терапевту");
        await chat.PressAsync("Нет, справлюсь сам(а)");
        Assert.Contains(shown, chat.LastText);
    }

    [Theory]
    [InlineData("20.11", "Этот день уже прошёл.")]
    [InlineData("25.01", "Так далеко вперёд поездки не записываем: можно на 60 дней вперёд, последний день — четверг, 21 января 2027.")]
    [InlineData("на днях", "Не получилось понять дату.")]
    public async Task ADayThatCannotBeBooked_IsRefusedKindly_AndTheDaysComeAgain(string typed, string answer)
    {
        await using var bot = await StartAsync();
        var chat = await OpenRideAsync(bot, 603);

        await chat.SendAsync(typed);

        Assert.StartsWith(answer, chat.Last.First(c => c.Method == "sendMessage").Text);
        Assert.StartsWith("В какой день нужна поездка?", chat.LastText);
        Assert.Contains("Сегодня, понедельник, 23 ноября", chat.InlineButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task APlaceNotListed_IsTypedAfterAnotherPlace_OrStraightAway_AndTheSummaryNamesIt()
    {
        await using var bot = await StartAsync();
        var chat = await OpenRideAsync(bot, 604);
        await chat.PressStartingAsync("Завтра, ");
        await chat.TapAsync("📍 Оса");
        Assert.Equal(["Поликлиника", "МФЦ", "Соцзащита", "Социальный фонд", "Аптека", "Банк", "✏️ Другое"], chat.InlineButtons.Select(b => b.Text));

        await chat.SendAsync("А в больницу можно?");
        Assert.Contains(chat.Last, c => c.InlineKeyboard.SelectMany(r => r).Any(b => b.Text == "❓ Передать координатору"));
        Assert.StartsWith("Куда нужно доехать?", chat.LastText);
        await chat.PressAsync("✏️ Другое");
        Assert.StartsWith("Напишите, куда нужно доехать", chat.LastText);
        await chat.SendAsync("О!");
        Assert.Equal("Напишите место словами — не короче 3 знаков и не длиннее 80: например, «Областная больница».", chat.Last.First(c => c.Method == "sendMessage").Text);
        Assert.StartsWith("Куда нужно доехать?", chat.LastText);
        await chat.SendAsync("Областная больница");
        Assert.StartsWith("Зачем", chat.LastText);
        await chat.SendAsync("Приём у окулиста");
        await chat.PressAsync("Нет, справлюсь сам(а)");
        Assert.Contains("Откуда: Оса\nКуда: Областная больница", chat.LastText);

        for (var step = 0; step < 3; step++)
            await chat.TapAsync("⬅️ Назад");
        Assert.StartsWith("Куда нужно доехать?", chat.LastText);
        await chat.SendAsync("Районный суд");
        await chat.SendAsync("Приём у окулиста");
        await chat.PressAsync("Нет, справлюсь сам(а)");
        Assert.Contains("Куда: Районный суд", chat.LastText);
    }

    private Task<BotUnderTest> StartAsync(Dictionary<string, string?>? settings = null) =>
        BotUnderTest.StartAsync(Api, settings: settings ?? OnboardingTests.Fast, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    private static async Task<TestChat> OpenRideAsync(BotUnderTest bot, long id)
    {
        var chat = await OnboardingTests.WalkToAsync(bot, id, OnboardingState.Saved);
        await chat.TapAsync("🚐 Поездка в город");
        return chat;
    }
}
