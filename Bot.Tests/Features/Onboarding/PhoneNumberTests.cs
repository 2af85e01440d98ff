using ClubBot.Features.Onboarding;

namespace ClubBot.Tests.Features.Onboarding;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("8 (914) 123-45-67", "+79141234567")]
    [InlineData("+7 914 1234567", "+79141234567")]
    [InlineData("89141234567", "+79141234567")]
    [InlineData("79141234567", "+79141234567")]
    [InlineData("+7(914)123-45-67", "+79141234567")]
    [InlineData(" 8 914 123 45 67 ", "+79141234567")]
    [InlineData("8.914.123.45.67", "+79141234567")]
    [InlineData("8 (39539) 3-12-34", "+73953931234")]
    public void Typed_RussianNumbers_BecomePlusSevenAndTenDigits(string typed, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(typed, out var phone));
        Assert.Equal(expected, phone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("9141234567")]
    [InlineData("+8 914 123 45 67")]
    [InlineData("8914123456")]
    [InlineData("891412345678")]
    [InlineData("+1 555 123 4567")]
    [InlineData("8 914 123-45-6x")]
    [InlineData("позвоните мне")]
    [InlineData("😀")]
    [InlineData("++79141234567")]
    public void Typed_AnythingElse_IsRefused(string typed) =>
        Assert.False(PhoneNumber.TryNormalize(typed, out _));

    [Theory]
    [InlineData("79141234567", "+79141234567")]
    [InlineData("+79141234567", "+79141234567")]
    [InlineData("89141234567", "+79141234567")]
    [InlineData("+380441234567", "+380441234567")]
    public void SharedContact_IsKeptAsPlusAndDigits(string shared, string expected)
    {
        Assert.True(PhoneNumber.TryFromContact(shared, out var phone));
        Assert.Equal(expected, phone);
    }
}
