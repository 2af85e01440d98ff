using Spectre.Console;

namespace ClubBot.Terminal;

/// <summary>Where console mode reads and writes; tests put a script and a buffer here.</summary>
public sealed record TerminalIO(TextReader Input, IAnsiConsole Output)
{
    public static TerminalIO Standard() => new(System.Console.In, AnsiConsole.Console);
}
