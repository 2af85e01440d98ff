using ClubBot.Conversations;

namespace ClubBot.Features.Onboarding;

/// <summary>«📝 Познакомиться» for someone not registered yet.</summary>
internal sealed class RegisterMenuEntry(OnboardingFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuRegister";

    public int Order => 10;

    public bool IsFor(Audience audience) => !audience.IsRegistered;

    public Task OpenAsync(FlowContext context) => context.Navigation.EnterAsync(flow);
}

/// <summary>«👤 Мой профиль»: what the person told us, each answer changeable.</summary>
internal sealed class ProfileMenuEntry(OnboardingFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuProfile";

    public int Order => 80;

    public bool IsFor(Audience audience) => audience.IsRegistered;

    public Task OpenAsync(FlowContext context) => flow.OpenProfileAsync(context, context.Person!);
}
