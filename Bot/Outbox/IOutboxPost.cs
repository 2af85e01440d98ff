namespace ClubBot.Outbox;

/// <summary>Takes outbox rows that are committed and ready to send.</summary>
public interface IOutboxPost
{
    void Post(IEnumerable<OutboxMessage> messages);
}
