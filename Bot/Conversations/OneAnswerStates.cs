namespace ClubBot.Conversations;

/// <summary>The states of a flow that asks one typed answer and acts on it (a question, hours, a reply).</summary>
public enum OneAnswerState
{
    Asking,
    Done,
    Closed,
}

public enum OneAnswerTrigger
{
    Answered,
    Back,
}
