namespace ClubBot.Conversations;

/// <summary>The flow a newcomer is led into by /start (onboarding).</summary>
public interface IWelcomeFlow : IFlow;
