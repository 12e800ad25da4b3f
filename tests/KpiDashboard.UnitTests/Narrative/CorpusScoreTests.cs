using System.Text.Json;
using Xunit.Abstractions;

namespace KpiDashboard.UnitTests.Narrative;

/// <summary>
/// Precision and recall of the extractor on the real passages of Narrative/Corpus. The table goes to the test output and
/// to tests/TestResults/narrative-corpus.md; the thresholds are the aim.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void The_corpus_is_large_enough_and_every_passage_is_sourced()
    {
        var score = CorpusScore.Run();

        Assert.True(score.Passages >= 40, $"{score.Passages} passages");
        Assert.True(score.Passages - score.PassagesWithFigures >= 10, $"{score.Passages - score.PassagesWithFigures} passages without dossier figures");
        var passageFiles = Directory.GetFiles(CorpusScore.CorpusFolder, "*.txt").Select(Path.GetFileName).Order().ToList();
        using var corpus = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusScore.CorpusFolder, "corpus.json")));
        var passages = corpus.RootElement.GetProperty("passages").EnumerateArray().ToList();
        Assert.Equal(passageFiles, passages.Select(p => p.GetProperty("file").GetString()).Order());
        Assert.All(passages, p => Assert.Matches("^https?://", p.GetProperty("url").GetString()));
    }

    [Fact]
    public void Precision_and_recall_on_the_corpus_reach_the_aim()
    {
        var score = CorpusScore.Run();
        var table = score.Markdown();
        output.WriteLine(table);
        File.WriteAllText(Path.Combine(RepositoryFiles.TestResults(), "narrative-corpus.md"), table);

        var overall = score.Rows().Single(r => r.Name == "overall");
        Assert.True(overall.Precision >= 0.95, $"precision {overall.Precision:0.000} < 0.95");
        Assert.True(overall.Recall >= 0.90, $"recall {overall.Recall:0.000} < 0.90");
    }
}
