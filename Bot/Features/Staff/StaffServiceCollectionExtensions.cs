using ClubBot.Conversations;

namespace ClubBot.Features.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>The administrators' screens: «👔 Сотрудники» (coordinator roles) and «🧾 Журнал» (staff changes).</summary>
    public static IHostApplicationBuilder AddStaff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddFlow<StaffMembersFlow>();
        builder.Services.AddFlow<AuditJournalFlow>();
        builder.Services.AddSingleton<IMenuEntry, StaffMembersMenuEntry>();
        builder.Services.AddSingleton<IMenuEntry, AuditJournalMenuEntry>();
        return builder;
    }
}

/// <summary>«👔 Сотрудники» in the administrators' menu.</summary>
internal sealed class StaffMembersMenuEntry(StaffMembersFlow flow) : FlowMenuEntry(flow, "MenuStaffMembers", 56);

/// <summary>«🧾 Журнал» in the administrators' menu.</summary>
internal sealed class AuditJournalMenuEntry(AuditJournalFlow flow) : FlowMenuEntry(flow, "MenuJournal", 57);
