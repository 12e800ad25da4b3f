using System.Runtime.InteropServices;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// Whether a list may repeat a dossier code within a unit, from a 64-bit hash of each (unit, code) kept as the list is
/// read: 8 bytes a dossier and one sort of numbers at the end, where naming the repeats in SQL sorts every staged row
/// (1.8 s for a million). Equal hashes are only a suspicion: the staging table then names the repeated rows exactly, so
/// a collision costs that sort and never a wrong answer.
/// </summary>
internal sealed class RepeatedCodes
{
    private readonly List<ulong> _hashes = [];

    public void Add(DossierRow row) => _hashes.Add(Hash(row.UnitCode, row.Code));

    public bool Suspected()
    {
        var hashes = CollectionsMarshal.AsSpan(_hashes);
        hashes.Sort();
        for (var i = 1; i < hashes.Length; i++)
            if (hashes[i] == hashes[i - 1]) return true;
        return false;
    }

    // FNV-1a, 64 bits, over the UTF-16 units of the unit, a separator and the code.
    private static ulong Hash(string unit, string code)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in unit) hash = (hash ^ c) * 1099511628211UL;
        hash = (hash ^ 0xFFFF) * 1099511628211UL;
        foreach (var c in code) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
