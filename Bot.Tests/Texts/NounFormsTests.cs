using ClubBot.Texts;

namespace ClubBot.Tests.Texts;

public sealed class NounFormsTests
{
    [Theory]
    [InlineData(0, "получателей")]
    [InlineData(1, "получатель")]
    [InlineData(2, "получателя")]
    [InlineData(4, "получателя")]
    [InlineData(5, "получателей")]
    [InlineData(11, "получателей")]
    [InlineData(12, "получателей")]
    [InlineData(14, "получателей")]
    [InlineData(21, "получатель")]
    [InlineData(22, "получателя")]
    [InlineData(25, "получателей")]
    [InlineData(101, "получатель")]
    [InlineData(111, "получателей")]
    public void Russian_TakesTheFormTheNumberAsksFor(long number, string expected) =>
        Assert.Equal(expected, NounForms.Pick(number, "получатель|получателя|получателей"));

    [Theory]
    [InlineData(1, "recipient")]
    [InlineData(2, "recipients")]
    [InlineData(21, "recipients")]
    public void English_HasOneAndOther(long number, string expected) =>
        Assert.Equal(expected, NounForms.Pick(number, "recipient|recipients"));
}
