using Microsoft.Extensions.Options;

namespace ClubBot.Outbox;

internal sealed class SenderOptionsValidator : IValidateOptions<SenderOptions>
{
    public ValidateOptionsResult Validate(string? name, SenderOptions o)
    {
        var errors = new List<string>();
        void Positive(double value, string key)
        {
            if (!(value > 0))
                errors.Add($"Sender:{key} must be greater than 0, not {value}.");
        }

        Positive(o.BulkPerSecond, nameof(o.BulkPerSecond));
        Positive(o.BulkPerChatPerSecond, nameof(o.BulkPerChatPerSecond));
        Positive(o.ReplyPerChatPerSecond, nameof(o.ReplyPerChatPerSecond));
        Positive(o.ReplyBurstPerChat, nameof(o.ReplyBurstPerChat));
        Positive(o.MaxConcurrentReplies, nameof(o.MaxConcurrentReplies));
        Positive(o.MaxConcurrentBulk, nameof(o.MaxConcurrentBulk));
        Positive(o.RetryDelaySeconds, nameof(o.RetryDelaySeconds));
        Positive(o.MaxRetryDelaySeconds, nameof(o.MaxRetryDelaySeconds));
        Positive(o.GiveUpAfterHours, nameof(o.GiveUpAfterHours));
        if (!(o.LeaseSeconds >= 2))
            errors.Add($"Sender:LeaseSeconds must be at least 2, not {o.LeaseSeconds}.");
        if (o.MaxInMemory < 100)
            errors.Add($"Sender:MaxInMemory must be at least 100, not {o.MaxInMemory}.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
