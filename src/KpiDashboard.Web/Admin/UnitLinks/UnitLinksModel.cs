namespace KpiDashboard.Web.Admin.UnitLinks;

/// <summary>/admin/units: old communes found by code or name, each with the links in force, and the outcome of a change.</summary>
public sealed record UnitLinksModel(string Query, IReadOnlyList<OldCommuneLinks> Communes, int Found, IReadOnlyList<string> Problems, string? Saved);

/// <summary>An old commune (valid until 30/06/2025), where it was, and where it went.</summary>
public sealed record OldCommuneLinks(string Code, string FullName, string District, string Province, IReadOnlyList<LinkRow> Links)
{
    /// <summary>The successors as the form's field shows them: codes, first named first.</summary>
    public string NewCodes => string.Join(" ", Links.Select(l => l.NewCode));

    /// <summary>"whole" or "part"; "" when there is no link.</summary>
    public string Kind => Links.Count == 0 ? "" : Links[0].Kind;
}

/// <summary>One link: the unit of today, its rank (1 takes the comparable figures), whole or part, and where it comes from.</summary>
public sealed record LinkRow(string NewCode, string NewName, int Rank, string Kind, string Source);
