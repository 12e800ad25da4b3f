using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KpiDashboard.Web.Security;

/// <summary>Tells OpenAPI clients that every /api operation takes "Authorization: Bearer kpi_…".</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiTokenDefaults.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token created by an Admin at /admin/tokens (kpi_…).",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiTokenDefaults.Scheme, document)] = [] };
        foreach (var path in document.Paths.Values)
        {
            if (path.Operations is null) continue;
            foreach (var operation in path.Operations.Values) (operation.Security ??= []).Add(requirement);
        }
        return Task.CompletedTask;
    }
}
