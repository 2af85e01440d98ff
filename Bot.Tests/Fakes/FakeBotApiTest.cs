namespace ClubBot.Tests.Fakes;

/// <summary>A test class whose every test gets a fresh fake Bot API server, stopped afterwards.</summary>
public abstract class FakeBotApiTest : IAsyncLifetime
{
    protected FakeBotApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
