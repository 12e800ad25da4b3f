namespace KpiDashboard.Ingestion.Forms;

internal enum FormRowKind { Field, Group, Subtotal, GrandTotal }
