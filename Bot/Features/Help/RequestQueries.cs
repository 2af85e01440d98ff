using ClubBot.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Help;

/// <summary>Reads of requests the coordinators' screens share.</summary>
public static class RequestQueries
{
    /// <summary>A request with its participant and volunteer, or null when the id names none.</summary>
    public static Task<HelpRequest?> WithPeopleAsync(UpdateContext update, long id) =>
        update.Db.Set<HelpRequest>().Include(r => r.Person).Include(r => r.Volunteer).SingleOrDefaultAsync(r => r.Id == id);
}
