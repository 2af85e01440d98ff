using ClubBot.Features.Help;

namespace ClubBot.Tests.Features.Help;

public sealed class PlaceWithSettlementTests
{
    private static readonly string[] Served = ["Оса", "Бильчир", "Приморский"];

    [Theory]
    [InlineData("ул. Лесная, 5", "Оса", "Оса, ул. Лесная, 5")]
    [InlineData("Оса, ул. Лесная, 5", "Оса", "Оса, ул. Лесная, 5")]
    [InlineData("с. оса, Лесная 5", "Оса", "с. оса, Лесная 5")]
    [InlineData("Бильчир, ул. Мира, 3", "Оса", "Бильчир, ул. Мира, 3")]
    [InlineData("Осаковская улица, 2", "Оса", "Оса, Осаковская улица, 2")]
    [InlineData("ул. Лесная, 5", null, "ул. Лесная, 5")]
    [InlineData("Лесная 5", "Хутор Дальний", "Хутор Дальний, Лесная 5")]
    public void TypedAddress_KeepsTheSettlement(string typed, string? home, string expected) =>
        Assert.Equal(expected, PlaceWithSettlement.Complete(typed, home, Served));
}
