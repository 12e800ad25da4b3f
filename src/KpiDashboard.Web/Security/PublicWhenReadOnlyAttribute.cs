namespace KpiDashboard.Web.Security;

/// <summary>A read-only dashboard controller: anonymous when Security:PublicReadOnly is on (see <see cref="AuthorizationConvention"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicWhenReadOnlyAttribute : Attribute;
