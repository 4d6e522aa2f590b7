using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Ingest.Pipeline;

namespace Apogee.Ingest.Tests.Runner;

/// <summary>The shared ingest runner: input order kept whatever the workers do, failures recorded in place, batching.</summary>
public sealed class IngestRunnerTests
{
    /// <summary>Long enough that no partial flush happens on a busy machine when a test wants exact batch sizes.</summary>
    private static readonly TimeSpan NeverIdle = TimeSpan.FromMinutes(5);

    private static readonly ScriptedStages Stages = new();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 8)]
    [InlineData(4, 3)]
    [InlineData(3, 64)]
    public void Outcomes_and_stored_documents_keep_input_order_when_workers_finish_out_of_order(int workers, int batch)
    {
        // Early documents are the slow ones, so later ones finish first on other workers.
        var inputs = Enumerable.Range(0, 40).Select(i => ScriptedStages.Doc($"d{i:D2}", i % 5 == 0 ? $"story slow:{40 - i}" : "story")).ToList();
        var store = new RecordingStore();
        var seen = new List<IngestOutcome>();
        var stats = new IngestRunner(Stages, Stages, store, new IngestRunnerOptions(workers, batch) { FlushAfter = NeverIdle }).Run(inputs, seen.Add);

        var names = inputs.Select(r => r.Value.Name).ToList();
        Assert.Equal(names, seen.Select(o => o.Document));
        Assert.Equal(names, store.Documents);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), seen.SelectMany(o => o.EventsCreated));
        Assert.Equal(40, stats.Read);
        Assert.Equal(40, stats.Created);
        Assert.Equal((40 + batch - 1) / batch, stats.Commits);
    }

    [Fact]
    public void A_failure_at_any_stage_is_recorded_in_its_place_and_the_rest_are_stored()
    {
        Result<RawDocument>[] inputs =
        [
            ScriptedStages.Doc("a", "story"),
            Result<RawDocument>.Fail("/in/b.txt: not valid UTF-8 (bad byte sequence near byte 3)"),
            ScriptedStages.Doc("c", "clean-fails"),
            ScriptedStages.Doc("d", "story extract-throws"),
            ScriptedStages.Doc("e", "irrelevant"),
            ScriptedStages.Doc("f", "story"),
        ];
        var store = new RecordingStore();
        var seen = new List<IngestOutcome>();
        var stats = new IngestRunner(Stages, Stages, store, new IngestRunnerOptions(2, 4) { FlushAfter = NeverIdle }).Run(inputs, seen.Add);

        Assert.Equal(
            [
                ("a", IngestStatus.New, null),
                ("?", IngestStatus.Failed, "/in/b.txt: not valid UTF-8 (bad byte sequence near byte 3)"),
                ("c", IngestStatus.Failed, "c: no article text found"),
                ("d", IngestStatus.Failed, "/in/d.txt: extraction failed: scripted failure"),
                ("e", IngestStatus.Irrelevant, null),
                ("f", IngestStatus.New, null),
            ],
            seen.Select(o => (o.Document, o.Status, o.Error)));
        Assert.Equal(["a", "e", "f"], store.Documents);
        Assert.Equal(3, stats.Failed);
        Assert.Equal(2, stats.Relevant); // a and f; the failed ones never got a report
    }

    [Theory]
    [InlineData(10, 4, new[] { 4, 4, 2 })]
    [InlineData(8, 8, new[] { 8 })]
    [InlineData(3, 64, new[] { 3 })]
    [InlineData(5, 1, new[] { 1, 1, 1, 1, 1 })]
    [InlineData(0, 16, new int[0])]
    public void Batches_are_full_and_the_last_partial_batch_is_stored_when_input_ends(int documents, int batch, int[] calls)
    {
        var store = new RecordingStore();
        var inputs = Enumerable.Range(0, documents).Select(i => ScriptedStages.Doc($"n{i}", "story"));
        var stats = new IngestRunner(Stages, Stages, store, new IngestRunnerOptions(2, batch) { FlushAfter = NeverIdle }).Run(inputs);
        Assert.Equal(calls, store.Calls.Select(c => c.Count));
        Assert.Equal(documents, stats.Stored);
    }

    [Fact]
    public void Slow_input_is_not_held_back_for_a_full_batch()
    {
        // The input stops after three documents until the store has them: only an idle flush can get them there.
        using var firstThree = new ManualResetEventSlim();
        var store = new RecordingStore { AfterCall = _ => firstThree.Set() };
        IEnumerable<Result<RawDocument>> Trickle()
        {
            for (var i = 0; i < 3; i++) yield return ScriptedStages.Doc($"early{i}", "story");
            var flushed = firstThree.Wait(TimeSpan.FromMinutes(1));
            yield return ScriptedStages.Doc(flushed ? "late" : "late-but-never-flushed", "story");
        }

        var options = new IngestRunnerOptions(2, 64) { FlushAfter = TimeSpan.FromMilliseconds(50) };
        new IngestRunner(Stages, Stages, store, options).Run(Trickle());
        Assert.Equal(["early0", "early1", "early2"], store.Calls[0]);
        Assert.Equal(["late"], store.Calls[^1]);
    }

    [Fact]
    public void A_reader_that_throws_ends_the_run_cleanly_after_the_documents_before_it()
    {
        static IEnumerable<Result<RawDocument>> Breaks()
        {
            yield return ScriptedStages.Doc("before", "story");
            throw new IOException("disk went away");
        }

        var store = new RecordingStore();
        var seen = new List<IngestOutcome>();
        var stats = new IngestRunner(Stages, Stages, store, new IngestRunnerOptions(2, 8)).Run(Breaks(), seen.Add);
        Assert.Equal(["before"], store.Documents);
        Assert.Equal(IngestStatus.Failed, seen[^1].Status);
        Assert.Contains("disk went away", seen[^1].Error, StringComparison.Ordinal);
        Assert.Equal(1, stats.Failed);
    }

    [Fact]
    public void Without_a_store_outcomes_come_from_the_reports_alone()
    {
        var seen = new List<IngestOutcome>();
        var stats = new IngestRunner(Stages, Stages, null, new IngestRunnerOptions(2, 4)).Run([ScriptedStages.Doc("a", "story"), ScriptedStages.Doc("b", "irrelevant")], seen.Add);
        Assert.Equal([IngestStatus.New, IngestStatus.Irrelevant], seen.Select(o => o.Status));
        Assert.Equal(0, stats.Commits);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-2, 4)]
    public void Workers_and_batch_must_be_positive(int workers, int batch)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IngestRunner(Stages, Stages, null, new IngestRunnerOptions(workers, batch)));
    }
}
