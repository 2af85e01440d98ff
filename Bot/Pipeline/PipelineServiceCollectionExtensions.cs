namespace ClubBot.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Inbox, per-chat dispatch and the transactional processing of updates.</summary>
    public static IHostApplicationBuilder AddPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<People.IPersonalData, InboxErasure>();
        builder.Services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section)
            .Validate(o => o.MaxParallelChats is >= 1 and <= 256, "Pipeline:MaxParallelChats must be between 1 and 256.")
            .Validate(o => o.CommitBatchSize is >= 1 and <= 1000, "Pipeline:CommitBatchSize must be between 1 and 1000.")
            .Validate(o => o.CommitWaitMilliseconds is >= 0 and <= 100, "Pipeline:CommitWaitMilliseconds must be between 0 and 100.")
            .Validate(o => o.MaxPending is >= 1 and <= 100_000, "Pipeline:MaxPending must be between 1 and 100000.")
            .Validate(o => o.KeepHandledDays >= 2, "Pipeline:KeepHandledDays must be at least 2 (Telegram redelivers for up to a day).")
            .ValidateOnStart();
        builder.Services.AddSingleton<CommitStage>();
        builder.Services.AddSingleton<HandleStage>();
        builder.Services.AddSingleton<SharedChats>();
        builder.Services.AddSingleton<DispatchStage>();
        builder.Services.AddSingleton<InboxBacklog>();
        builder.Services.AddSingleton<IntakeStage>();
        builder.Services.AddHostedService<Housekeeping>();
        return builder;
    }
}
