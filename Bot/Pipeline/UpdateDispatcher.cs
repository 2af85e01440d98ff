using Microsoft.Extensions.Options;

namespace ClubBot.Pipeline;

/// <summary>Puts stored updates in their chat's lane; one chat in order, chats in parallel.</summary>
public sealed class UpdateDispatcher(UpdateProcessor processor, IOptions<PipelineOptions> options)
{
    private readonly ChatSequencer _sequencer = new(options.Value.MaxParallelChats);

    /// <summary>Updates dispatched and not yet handled.</summary>
    public int Pending => _sequencer.Pending;

    public void Dispatch(Telegram.Types.Update update) =>
        _sequencer.Enqueue(update.ChatId ?? 0, () => processor.ProcessAsync(update));
}
