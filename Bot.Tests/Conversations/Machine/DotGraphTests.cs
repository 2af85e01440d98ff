using ClubBot.Conversations.Machine;
using ClubBot.Conversations.Machine.Graph;

namespace ClubBot.Tests.Conversations.Machine;

public sealed class DotGraphTests
{
    private enum S { Idle, Asking, Done }

    private enum T { Start, Answer, Noise, Again }

    [Fact]
    public void Render_WritesStatesAndLabelledTransitions_AsExactDot()
    {
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Asking);
        m.Configure(S.Asking).PermitIf(T.Answer, S.Done, () => true, "answer \"ok\"").PermitReentry(T.Again).Ignore(T.Noise);

        var dot = DotGraph.Render(m.GetInfo(), "demo");

        Assert.Equal(
            """
            digraph "demo" {
              rankdir=LR;
              node [shape=box, style=rounded];
              "Idle" [label="Idle", penwidth=2];
              "Asking" [label="Asking\nignores: Noise"];
              "Done" [label="Done"];
              "Idle" -> "Asking" [label="Start"];
              "Asking" -> "Done" [label="Answer [answer \"ok\"]"];
              "Asking" -> "Asking" [label="Again"];
            }

            """.Replace("\r\n", "\n"), dot);
    }
}
