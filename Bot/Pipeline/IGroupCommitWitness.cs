namespace ClubBot.Pipeline;

/// <summary>
/// Sees each group transaction once it is written and before it commits. The bot registers none; the crash tests'
/// host adds one that holds the transaction open, so the process can be killed inside it.
/// </summary>
public interface IGroupCommitWitness
{
    Task WrittenAsync(int units);
}
