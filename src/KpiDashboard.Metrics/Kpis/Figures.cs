namespace KpiDashboard.Metrics.Kpis;

/// <summary>The twelve measures of one scope and period, and the KPIs derived from them (domain.md).</summary>
public sealed record Figures
{
    public Quantity ReceivedOnline { get; init; }
    public Quantity ReceivedOffline { get; init; }
    public Quantity CarriedOver { get; init; }
    public Quantity ResolvedEarly { get; init; }
    public Quantity ResolvedOnTime { get; init; }
    public Quantity ResolvedLate { get; init; }
    public Quantity PendingWithin { get; init; }
    public Quantity PendingOverdue { get; init; }
    public Quantity Received { get; init; }
    public Quantity Handled { get; init; }
    public Quantity Resolved { get; init; }
    public Quantity Pending { get; init; }

    /// <summary>Number of fact rows summed; zero means no figures at all for the scope.</summary>
    public int Rows { get; init; }

    /// <summary>True when any summed row is demo data.</summary>
    public bool HasDemo { get; init; }

    public static Figures Empty { get; } = new();

    public Rate ResolutionRate => KpiFormulas.ResolutionRate(this);
    public Rate EarlyRate => KpiFormulas.EarlyRate(this);
    public Rate OnTimeRate => KpiFormulas.OnTimeRate(this);
    public Rate OnTimeRateIndex => KpiFormulas.OnTimeRateIndex(this);
    public Rate LateRate => KpiFormulas.LateRate(this);
    public Rate OnlineShare => KpiFormulas.OnlineShare(this);

    /// <summary>True when there are figures and no measure is unknown or partly known.</summary>
    public bool Complete => Rows > 0 && Measures.All(m => m.Complete);

    public IEnumerable<Quantity> Measures => MeasureCatalogue.All.Select(m => m.Of(this));

    /// <summary>Figures with each measure's quantity, in catalogue order.</summary>
    public static Figures From(Func<Measure, Quantity> quantity, int rows, bool hasDemo) =>
        MeasureProperties<Figures, Quantity>.Build([.. MeasureCatalogue.All.Select(quantity)]) with { Rows = rows, HasDemo = hasDemo };
}
