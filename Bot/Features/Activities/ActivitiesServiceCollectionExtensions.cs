using ClubBot.Conversations;
using ClubBot.Pipeline;
using ClubBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Activities;

public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Activities, sign-ups and waiting lists; the participants' and the coordinators' screens.</summary>
    public static IHostApplicationBuilder AddActivities(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ActivitiesOptions>().BindConfiguration(ActivitiesOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ActivitiesOptions>, ActivitiesOptionsValidator>();
        services.AddSingleton<ActivityCards>();
        services.AddSingleton<Seats>();
        services.AddSingleton<People.IPersonalData, SignUpsErasure>();
        services.AddSingleton<Roster>();
        services.AddSingleton<EditorFields>();
        services.AddSingleton<SeriesDates>();
        services.AddSingleton<SeriesSignUps>();
        services.AddSingleton<ForumProgramme>();
        services.AddSingleton<CatalogueEntries>();
        services.AddFlow<BrowseFlow>();
        services.AddFlow<MySignUpsFlow>();
        services.AddFlow<ActivityEditorFlow>();
        services.AddFlow<StaffActivitiesFlow>();
        services.AddFlow<AttendanceFlow>();
        services.AddFlow<RemovalFlow>();
        services.AddFlow<ProxySignUpFlow>();
        services.AddSingleton<IMenuEntry, BrowseMenuEntry>();
        services.AddSingleton<IMenuEntry, MySignUpsMenuEntry>();
        services.AddSingleton<IMenuEntry, StaffActivitiesMenuEntry>();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section)
            .Validate(o => o.HoursBefore.Count > 0 && o.HoursBefore.All(h => h is > 0 and <= 24 * 14), "Reminders:HoursBefore needs hours between 0 and 336.")
            .Validate(o => TimeOnly.TryParseExact(o.NightStarts, "HH:mm", out _) && TimeOnly.TryParseExact(o.NightEnds, "HH:mm", out _) && TimeOnly.TryParseExact(o.Evening, "HH:mm", out _),
                "Reminders:NightStarts, NightEnds and Evening are times like 21:00.")
            .ValidateOnStart();
        services.AddSingleton<IMessageButtons, ReminderButtons>();
        builder.AddDueWork<ActivityReminders>();
        services.AddSingleton<IPrunable, SentReminderPruning>();
        return builder;
    }
}
