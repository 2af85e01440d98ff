namespace ClubBot.Texts;

/// <summary>
/// A noun after a number, in the form the number asks for. Russian has three: 1, 21, 101 → «получатель»;
/// 2–4, 22–24 → «получателя»; 0, 5–20, 25–30, 111–114 → «получателей». A resx entry holds them as «one|few|many»;
/// English has two («one|other»).
/// </summary>
public static class NounForms
{
    public static string Pick(long number, string forms)
    {
        var f = forms.Split('|');
        if (f.Length == 2)
            return number == 1 ? f[0] : f[1];
        var (lastTwo, last) = (Math.Abs(number) % 100, Math.Abs(number) % 10);
        return lastTwo is >= 11 and <= 14 ? f[2] : last == 1 ? f[0] : last is >= 2 and <= 4 ? f[1] : f[2];
    }
}
