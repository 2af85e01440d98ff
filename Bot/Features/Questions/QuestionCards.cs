using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Questions;

/// <summary>A question as staff see it: who asked, their phone, the words, and «Ответить» under it.</summary>
public sealed class QuestionCards(BotTexts texts)
{
    public string Text(CoordinatorQuestion q) =>
        texts.Format("QuestionForStaff", q.Person?.Name ?? q.Person?.TelegramName ?? texts["NameErased"], PhoneText.Show(q.Person?.Phone) ?? texts["NoPhone"], q.Text);

    public InlineKeyboardMarkup AnswerButton(CoordinatorQuestion q) =>
        new([[new InlineKeyboardButton(texts["ButtonAnswer"], CallbackData.Make(AnswerButtons.Name, "q", "answer", q.Id.ToString()))]]);
}
