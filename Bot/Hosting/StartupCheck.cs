using Microsoft.Extensions.Options;

namespace ClubBot.Hosting;

/// <summary>Validates every option before the host starts, so a bad setting ends the process with one line per problem.</summary>
public static class StartupCheck
{
    /// <summary>Returns the problems found, each naming its key; empty when the configuration is usable.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return ex.Failures.ToList();
        }
        catch (AggregateException ex)
        {
            return ex.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).DefaultIfEmpty(ex.Message).ToList();
        }
    }
}
