using ClubBot.Conversations;
using ClubBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Surveys;

public static class SurveysServiceCollectionExtensions
{
    /// <summary>Questionnaires from configuration, invitations, taking a survey, and the results for staff.</summary>
    public static IHostApplicationBuilder AddSurveys(this IHostApplicationBuilder builder)
    {
        var s = builder.Services;
        s.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section).ValidateOnStart();
        s.AddSingleton<IValidateOptions<SurveyOptions>, SurveyOptionsValidator>();
        s.AddSingleton<SurveyInvitations>();
        s.AddSingleton<People.IPersonalData, SurveyAnswersErasure>();
        s.AddFlow<SurveyFlow>();
        s.AddSingleton<IMessageButtons, SurveyButtons>();
        s.AddSingleton<IMessageButtons, WellbeingButtons>();
        s.AddSingleton<IMenuEntry, MySurveysMenuEntry>();
        s.AddSingleton<IMenuEntry, SurveyResultsMenuEntry>();
        builder.AddDueWork<SurveyOccasions>();
        return builder;
    }
}
