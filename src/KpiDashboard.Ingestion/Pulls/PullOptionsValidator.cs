using Microsoft.Extensions.Options;

namespace KpiDashboard.Ingestion.Pulls;

/// <summary>Names every configuration problem at start, rather than failing on the first scheduled pull.</summary>
internal sealed class PullOptionsValidator : IValidateOptions<PullOptions>
{
    public ValidateOptionsResult Validate(string? name, PullOptions options)
    {
        var problems = options.Problems(Environment.GetEnvironmentVariable);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
