namespace ClubBot.Conversations.Machine;

/// <summary>A trigger that carries a value (a typed answer, a chosen item) to the entry actions of its destination.</summary>
public sealed class TriggerWithParameter<TTrigger, TArg>(TTrigger trigger)
{
    public TTrigger Trigger { get; } = trigger;
}
