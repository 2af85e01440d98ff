using ClubBot.Conversations;
using ClubBot.Conversations.Machine.Graph;
using ClubBot.Features.Onboarding;

namespace ClubBot.Hosting;

/// <summary><c>--graph NAME</c>: prints a conversation's state machine as Graphviz DOT.</summary>
public static class GraphCommand
{
    private static readonly Dictionary<string, Func<string>> Machines = new()
    {
        ["onboarding"] = () => DotGraph.Render(OnboardingMachine.Build(new ConversationSession(), new OnboardingDraft(), OnboardingActions.None).GetInfo(), "onboarding"),
    };

    public static int Run(string name, TextWriter output, TextWriter errors)
    {
        if (!Machines.TryGetValue(name, out var render))
        {
            errors.WriteLine($"No conversation named '{name}'. Known: {string.Join(", ", Machines.Keys)}.");
            return 2;
        }

        output.Write(render());
        return 0;
    }
}
