using ClubBot.Conversations;

namespace ClubBot.Features.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>«❓ Вопрос координатору» and the coordinators' answers.</summary>
    public static IHostApplicationBuilder AddQuestions(this IHostApplicationBuilder builder)
    {
        var s = builder.Services;
        s.AddFlow<AskFlow>();
        s.AddFlow<AnswerFlow>();
        s.AddSingleton<IMessageButtons, AnswerButtons>();
        s.AddSingleton<IMenuEntry, AskMenuEntry>();
        s.AddSingleton<QuestionCards>();
        s.AddSingleton<QuestionDesk>();
        s.AddSingleton<People.ICallRequests>(sp => sp.GetRequiredService<QuestionDesk>());
        s.AddSingleton<AsideQuestionButtons>();
        s.AddSingleton<IMessageButtons>(sp => sp.GetRequiredService<AsideQuestionButtons>());
        s.AddSingleton<IAsideOffer>(sp => sp.GetRequiredService<AsideQuestionButtons>());
        s.AddSingleton<IMenuEntry, UnansweredQuestionsMenuEntry>();
        s.AddSingleton<IStaffBacklog, QuestionsBacklog>();
        s.AddSingleton<People.IPersonalData, QuestionsErasure>();
        return builder;
    }
}
