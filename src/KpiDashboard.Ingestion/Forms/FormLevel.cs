namespace KpiDashboard.Ingestion.Forms;

/// <summary>The level a group of rows belongs to: provincial agencies, or communes.</summary>
internal enum FormLevel { Unit, Province, Commune }
