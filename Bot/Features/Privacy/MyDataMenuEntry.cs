using ClubBot.Conversations;

namespace ClubBot.Features.Privacy;

/// <summary>Everyone may see what is stored about them, registered or not.</summary>
internal sealed class MyDataMenuEntry(PrivacyFlow flow) : FlowMenuEntry(flow, "MenuMyData", 85);
