namespace KpiDashboard.Ingestion.Forms;

/// <summary>The level a group of rows belongs to: provincial agencies, districts (before July 2025), or communes.</summary>
internal enum FormLevel { Unit, Province, District, Commune }
