namespace KpiDashboard.Web.Security;

/// <summary>An action that writes figures: needs a role that can ingest (see <see cref="AuthorizationConvention"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class IngestEndpointAttribute : Attribute;
