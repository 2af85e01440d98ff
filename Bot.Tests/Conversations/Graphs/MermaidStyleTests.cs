using ClubBot.Conversations.Graphs;
using Stateless;

namespace ClubBot.Tests.Conversations.Graphs;

public sealed class MermaidStyleTests
{
    private enum S { Idle, Asking, Done }

    private enum T { Start, Answer, Page }

    [Fact]
    public void Format_WritesAStateDiagram_WithGuardsInternalMovesAndFinalStates()
    {
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Asking);
        m.Configure(S.Asking).PermitIf(T.Answer, S.Done, () => true, "answer: ok").InternalTransitionAsync(T.Page, _ => Task.CompletedTask);

        var text = MermaidStyle.Format(m.GetInfo(), "demo");

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
