using ClubBot.Conversations.Machine;
using ClubBot.Conversations.Machine.Graph;

namespace ClubBot.Tests.Conversations.Machine;

public sealed class MermaidGraphTests
{
    private enum S { Idle, Asking, Done }

    private enum T { Start, Answer, Page }

    [Fact]
    public void Render_WritesAStateDiagram_WithGuardsInternalMovesAndFinalStates()
    {
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Asking);
        m.Configure(S.Asking).PermitIf(T.Answer, S.Done, () => true, "answer: ok").InternalTransition(T.Page, _ => Task.CompletedTask);

        var text = MermaidGraph.Render(m.GetInfo(), "demo");

        Assert.Equal(
            """
            ---
            title: demo
            ---
            stateDiagram-v2
              [*] --> Idle
              Idle --> Asking : Start
              Asking --> Done : Answer [answer#58; ok]
              Asking --> Asking : Page (stays)
              Done --> [*]

            """.Replace("\r\n", "\n"), text);
    }
}
