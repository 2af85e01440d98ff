using ClubBot.Conversations;

namespace ClubBot.Features.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>The administrators' screens: «👥 Сотрудники» (coordinator roles) and «🧾 Журнал» (staff changes).</summary>
    public static IHostApplicationBuilder AddStaff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddFlow<StaffMembersFlow>();
        builder.Services.AddFlow<AuditJournalFlow>();
        builder.Services.AddSingleton<IMenuEntry, StaffMembersMenuEntry>();
        builder.Services.AddSingleton<IMenuEntry, AuditJournalMenuEntry>();
        return builder;
    }
}

/// <summary>«👥 Сотрудники» in the administrators' menu.</summary>
internal sealed class StaffMembersMenuEntry(StaffMembersFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuStaffMembers";

    public int Order => 56;

    public bool IsFor(Audience audience) => audience.IsAdmin;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}

/// <summary>«🧾 Журнал» in the administrators' menu.</summary>
internal sealed class AuditJournalMenuEntry(AuditJournalFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuJournal";

    public int Order => 57;

    public bool IsFor(Audience audience) => audience.IsAdmin;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}
