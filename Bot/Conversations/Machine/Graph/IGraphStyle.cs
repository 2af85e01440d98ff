using ClubBot.Conversations.Machine.Reflection;

namespace ClubBot.Conversations.Machine.Graph;

/// <summary>Draws a machine's shape in one text format; the shape itself comes from <see cref="StateMachineInfo"/>.</summary>
public interface IGraphStyle
{
    /// <summary>The format's short name, as given to <c>--graph-format</c>.</summary>
    string Format { get; }

    string Render(StateMachineInfo info, string name);
}
