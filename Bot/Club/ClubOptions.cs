namespace ClubBot.Club;

/// <summary>The "Club" section: who the bot speaks for.</summary>
public sealed class ClubOptions
{
    public const string Section = "Club";

    /// <summary>The club's name as people say it, e.g. «Рандэ-ву».</summary>
    public string Name { get; set; } = "";

    /// <summary>IANA time zone of the club, e.g. Asia/Irkutsk; all dates are shown and read in it.</summary>
    public string TimeZone { get; set; } = "Asia/Irkutsk";

    /// <summary>Telegram user ids of the administrators.</summary>
    public List<long> Admins { get; set; } = [];

    /// <summary>
    /// The centre's phone, offered wherever a person may need a human. Not shipped: until it is set, the bot shows no
    /// number anywhere and says a coordinator will answer or call instead.
    /// </summary>
    public string Phone { get; set; } = "";

    /// <summary>A few lines about the club for «О клубе».</summary>
    public string About { get; set; } = "";

    /// <summary>Interface language: ru (default) or en.</summary>
    public string Language { get; set; } = "ru";
}
