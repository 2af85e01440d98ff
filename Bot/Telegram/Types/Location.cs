namespace ClubBot.Telegram.Types;

/// <summary>A point on the map.</summary>
public sealed record Location(double Latitude, double Longitude);
