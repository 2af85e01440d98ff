namespace ClubBot.Tests.Faults;

/// <summary>
/// The heavy fault tests (bursts of thousands of updates, processes killed, two instances) run on their own,
/// after the rest: beside the end-to-end tests on two cores they would starve them into time-outs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection
{
    public const string Name = "Faults";
}
