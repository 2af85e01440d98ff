using ClubBot.Outbox;

namespace ClubBot.Tests.Outbox;

public sealed class MessageSplitterTests
{
    [Fact]
    public void ShortText_StaysWhole() => Assert.Equal(["Привет"], MessageSplitter.Split("Привет"));

    [Fact]
    public void ExactlyAtLimit_StaysWhole() => Assert.Single(MessageSplitter.Split(new string('а', 4096)));

    [Fact]
    public void PrefersParagraphBreak()
    {
        var text = new string('а', 3000) + "\n\n" + new string('б', 2000);

        Assert.Equal([new string('а', 3000), new string('б', 2000)], MessageSplitter.Split(text));
    }

    [Fact]
    public void ThenLineBreak_ThenSpace()
    {
        Assert.Equal([new string('а', 10), new string('б', 5)], MessageSplitter.Split(new string('а', 10) + "\n" + new string('б', 5), 12));
        Assert.Equal(["ааа ббб", "ввв"], MessageSplitter.Split("ааа ббб ввв", 8));
    }

    [Fact]
    public void WithoutAnyBreak_CutsHard_NeverSplittingASurrogatePair()
    {
        var text = new string('а', 4095) + "😊" + "конец";

        var parts = MessageSplitter.Split(text);

        Assert.Equal(4095, parts[0].Length);
        Assert.StartsWith("😊", parts[1]);
        Assert.Equal(text, string.Concat(parts));
    }
}
