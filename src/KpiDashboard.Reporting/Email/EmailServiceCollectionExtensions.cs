using KpiDashboard.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Reporting.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions, the summary composer, the MailKit sender and the outbox, with Smtp:*, Dashboard:* and
    /// Summaries:* bound and validated on start. The web app adds the schedule with <see cref="AddKpiEmailSchedule"/>.
    /// </summary>
    public static IServiceCollection AddKpiEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateOnStart();
        services.AddKpiDashboardOptions(configuration);
        services.AddOptions<SummaryOptions>().Bind(configuration.GetSection(SummaryOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, EmailOptionsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SummaryOptions>, EmailOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SigningKey>();
        services.TryAddSingleton<UnsubscribeToken>();
        services.TryAddSingleton<DashboardLinks>();
        services.TryAddSingleton<SummarySchedule>();
        services.TryAddSingleton<Form06Attachment>(OfficialForm.AttachAsync);
        services.TryAddScoped<SubscriptionService>();
        services.TryAddScoped<SummaryComposer>();
        services.TryAddScoped<SummaryOutbox>();
        services.TryAddScoped<OutboxStatusQuery>();
        services.TryAddScoped<Reminders.ReminderPlanner>();
        services.TryAddScoped<Reminders.ReminderQueue>();
        services.TryAddTransient<IMailSender, SmtpMailSender>();
        return services;
    }

    /// <summary>The monthly schedule as a hosted service (Summaries:Cron in Asia/Ho_Chi_Minh), for the web app.</summary>
    public static IServiceCollection AddKpiEmailSchedule(this IServiceCollection services)
    {
        services.TryAddSingleton<SummaryScheduler>();
        services.AddHostedService<SummaryHostedService>();
        return services;
    }
}
