namespace KpiDashboard.Web.Models;

public sealed record ProblemModel(int Status, string MessageVi, string MessageEn);
