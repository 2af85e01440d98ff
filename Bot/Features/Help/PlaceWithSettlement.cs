namespace ClubBot.Features.Help;

/// <summary>
/// A typed street address is only half an address to a driver or a volunteer from town: it gets the person's
/// settlement in front, unless it already names one the centre serves.
/// </summary>
public static class PlaceWithSettlement
{
    public static string Complete(string typed, string? home, IEnumerable<string> settlements)
    {
        if (home is null || Names(typed, home) || settlements.Any(s => Names(typed, s)))
            return typed;
        return $"{home}, {typed}";
    }

    private static bool Names(string typed, string settlement)
    {
        for (var at = typed.IndexOf(settlement, StringComparison.OrdinalIgnoreCase); at >= 0; at = typed.IndexOf(settlement, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            // A whole word only: «Оса» is not in «Осакова улица».
            var end = at + settlement.Length;
            if ((at == 0 || !char.IsLetter(typed[at - 1])) && (end == typed.Length || !char.IsLetter(typed[end])))
                return true;
        }

        return false;
    }
}
