namespace ClubBot.Conversations;

/// <summary>
/// A step of a flow named by its flow, its state and its draft, so one flow can send the person to another
/// (back to a card when a job on it is done) without holding that flow.
/// </summary>
public sealed record FlowStep(string Flow, string State, object Draft);
