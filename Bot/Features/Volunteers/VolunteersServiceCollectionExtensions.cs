using ClubBot.Conversations;
using ClubBot.Features.Help;

namespace ClubBot.Features.Volunteers;

public static class VolunteersServiceCollectionExtensions
{
    /// <summary>Volunteer applications, the task board, taking and finishing tasks, and a coordinator assigning one.</summary>
    public static IHostApplicationBuilder AddVolunteers(this IHostApplicationBuilder builder)
    {
        var s = builder.Services;
        s.AddSingleton<TaskBoard>();
        s.AddSingleton<TaskAnnouncements>();
        s.AddFlow<HoursFlow>();
        s.AddFlow<AssignVolunteerFlow>();
        s.AddFlow<BecomeVolunteerFlow>();
        s.AddSingleton<IRequestVolunteers>(sp => sp.GetRequiredService<AssignVolunteerFlow>());
        s.AddSingleton<IMessageButtons, TaskButtons>();
        s.AddSingleton<IMessageButtons, VolunteerButtons>();
        s.AddSingleton<IMenuEntry, BecomeVolunteerMenuEntry>();
        s.AddSingleton<IMenuEntry, TasksMenuEntry>();
        s.AddSingleton<IMenuEntry, MyTasksMenuEntry>();
        s.AddSingleton<VolunteerApplications>();
        s.AddSingleton<IStaffBacklog>(sp => sp.GetRequiredService<VolunteerApplications>());
        s.AddSingleton<IMenuEntry, VolunteerApplicationsMenuEntry>();
        return builder;
    }
}
