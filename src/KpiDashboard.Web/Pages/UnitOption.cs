namespace KpiDashboard.Web.Pages;

/// <summary>A unit to choose in a form: its code, name and name with its kind ("Tỉnh Phú Thọ").</summary>
public sealed record UnitOption(string Code, string Name, string FullName);
