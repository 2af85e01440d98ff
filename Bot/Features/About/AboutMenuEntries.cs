using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.About;

/// <summary>«ℹ️ О клубе»: a few lines about the club, for everyone.</summary>
internal sealed class AboutMenuEntry(BotTexts texts, IOptions<ClubOptions> club) : IMenuEntry
{
    public string LabelKey => "MenuAbout";

    public int Order => 90;

    public bool IsFor(Audience audience) => true;

    public Task OpenAsync(FlowContext context) => context.Navigation.LeaveAsync(texts.Format("About", club.Value.Name, club.Value.About));
}

/// <summary>«☎️ Телефон центра»: a human to call, for everyone; not shown while no phone is set.</summary>
internal sealed class CallCentreMenuEntry(BotTexts texts) : IMenuEntry
{
    public string LabelKey => "MenuCall";

    public int Order => 95;

    public bool IsFor(Audience audience) => texts.HasPhone;

    public Task OpenAsync(FlowContext context) => context.Navigation.LeaveAsync(texts.WithPhone("CallCentre"));
}
