using ClubBot.People;

namespace ClubBot.Tests.People;

public sealed class PhoneTextTests
{
    [Theory]
    [InlineData("+79141234567", "+7 914 123-45-67")]
    [InlineData("+73952123456", "+7 395 212-34-56")]
    [InlineData("+380441234567", "+380441234567")]
    [InlineData("+7914123456", "+7914123456")]
    public void Show_GroupsRussianNumbers_AndLeavesOthersAsStored(string stored, string shown) =>
        Assert.Equal(shown, PhoneText.Show(stored));

    [Fact]
    public void Show_OfNoNumber_IsNone() => Assert.Null(PhoneText.Show(null));
}
