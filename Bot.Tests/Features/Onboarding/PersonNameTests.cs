using ClubBot.Features.Onboarding;

namespace ClubBot.Tests.Features.Onboarding;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Анна Петрова", "Анна Петрова")]
    [InlineData("  Анна   Петрова ", "Анна Петрова")]
    [InlineData("Мария-Луиза", "Мария-Луиза")]
    [InlineData("Ян", "Ян")]
    [InlineData("Anna Smith", "Anna Smith")]
    public void Names_OfLettersSpacesAndHyphens_AreAcceptedAndTidied(string typed, string expected)
    {
        Assert.True(PersonName.TryClean(typed, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Я")]
    [InlineData("😀😀")]
    [InlineData("Анна 2")]
    [InlineData("-Анна")]
    [InlineData("Анна!")]
    public void Names_WithAnythingElse_AreRefused(string typed) =>
        Assert.False(PersonName.TryClean(typed, out _));

    [Fact]
    public void Names_LongerThanOneHundred_AreRefused() =>
        Assert.False(PersonName.TryClean(new string('я', 101), out _));

    [Theory]
    [InlineData("с. Усть-Уда")]
    [InlineData("пос. Рассвет, ул. Ленина 5")]
    [InlineData("Оса")]
    public void Places_WithDigitsAndPunctuation_AreAccepted(string typed) =>
        Assert.True(PersonName.TryCleanPlace(typed, out _));

    [Theory]
    [InlineData("5")]
    [InlineData("🏠")]
    [InlineData(".Оса")]
    public void Places_NotStartingWithALetter_AreRefused(string typed) =>
        Assert.False(PersonName.TryCleanPlace(typed, out _));
}
