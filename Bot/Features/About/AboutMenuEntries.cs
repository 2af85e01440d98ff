using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.About;

/// <summary>«ℹ️ О клубе»: a few lines about the club, for participants and guests (staff keep it in configuration).</summary>
internal sealed class AboutMenuEntry(BotTexts texts, IOptions<ClubOptions> club) : IMenuEntry
{
    public string LabelKey => "MenuAbout";

    public int Order => 90;

    // Staff menus run to two full pages; the club's own lines are no errand of theirs.
    public bool IsFor(Audience audience) => !audience.IsStaff;

    public Task OpenAsync(FlowContext context) => context.Navigation.LeaveAsync(texts.Format("About", club.Value.Name, club.Value.About));
}

/// <summary>
/// «☎️ Телефон центра»: a human to call, on the first page of a participant's menu; not shown while no phone is
/// set, nor to staff, who are the centre.
/// </summary>
internal sealed class CallCentreMenuEntry(BotTexts texts) : IMenuEntry
{
    public string LabelKey => "MenuCall";

    public int Order => 47;

    public bool IsFor(Audience audience) => texts.HasPhone && !audience.IsStaff;

    public Task OpenAsync(FlowContext context) => context.Navigation.LeaveAsync(texts.WithPhone("CallCentre"));
}
