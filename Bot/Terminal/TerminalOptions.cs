namespace ClubBot.Terminal;

/// <summary>The "Terminal" section: who is typing in console mode.</summary>
public sealed class TerminalOptions
{
    public const string Section = "Terminal";

    /// <summary>The Telegram user id the terminal speaks as; fixed, so a restart continues the same conversation.</summary>
    public long UserId { get; set; } = 100_000_001;

    public string FirstName { get; set; } = "Гость";

    /// <summary>The administrator <c>--as admin</c> speaks as when <c>Club:Admins</c> is empty (console mode only).</summary>
    public const long DemoAdminId = 100_000_000;

    /// <summary>The centre's phone in console mode when <c>Club:Phone</c> is not set, marked so nobody dials it.</summary>
    public const string DemoPhone = "+7 900 000-00-00 (демо-номер)";

    /// <summary>"admin" (from <c>--as admin</c>): speak as the first of <c>Club:Admins</c>.</summary>
    public string? As { get; set; }
}
