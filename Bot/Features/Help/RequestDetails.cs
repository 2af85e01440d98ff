namespace ClubBot.Features.Help;

/// <summary>The words of a request (what is wrong, what is needed, what the ride is for).</summary>
public static class RequestDetails
{
    /// <summary>The column's size, and the limit a person is told when a text is longer.</summary>
    public const int MaxLength = 1000;
}
