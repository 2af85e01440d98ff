using System.Globalization;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Features.Volunteers;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Help;

/// <summary>What the coordinator is looking at.</summary>
public sealed class StaffRequestDraft
{
    public RequestStatus Status { get; set; }

    public int Page { get; set; }

    public long RequestId { get; set; }
}
