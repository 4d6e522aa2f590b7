using System.Threading.Channels;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;

namespace Apogee.Ingest.Pipeline;

/// <summary>
/// read → clean + extract on N workers → one writer that stores in input order, up to <see cref="IngestRunnerOptions.Batch"/>
/// documents per <see cref="IEventStore.IngestBatch"/> commit. The one implementation behind <c>apogee ingest</c> and the
/// bench (docs/INGEST.md).
/// <para>
/// Cleaning and extraction are pure CPU work on one document, so they run in parallel; storing stays on one thread
/// because resolution must see every earlier document (and the store serialises writers anyway). The writer takes
/// documents in input order, so event ids, merges and the reported outcomes are exactly those of a sequential run.
/// </para>
/// <para>
/// Memory is bounded whatever the input size: the channel holds at most <c>max(workers * 4, batch * 2)</c> documents
/// (<see cref="Capacity"/>), the writer at most one batch more. The channel must hold more than a batch, or the workers idle while the writer commits one (measured: 317/s with room
/// for 8 against a batch of 64).
/// </para>
/// <para>
/// A partial batch is committed when input ends, or when no document has become ready for
/// <see cref="IngestRunnerOptions.FlushAfter"/>: slow input (stdin, watch) is never held back indefinitely, while a bulk
/// run keeps full batches (flushing whenever the next document was merely not ready yet gave batches of one or two).
/// </para>
/// Every failure (read, clean, extract, store) becomes a failed <see cref="IngestOutcome"/> naming the input; the run goes on.
/// With no store (a dry run for the bench) outcomes say new or irrelevant from the report alone and no events.
/// </summary>
public sealed class IngestRunner
{
    private readonly DocumentPipeline _pipeline;
    private readonly IEventStore? _store;
    private readonly IngestRunnerOptions _options;
    private readonly TimeProvider _clock;

    public IngestRunner(ICleaner cleaner, ILaunchExtractor extractor, IEventStore? store, IngestRunnerOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Batch, 1);
        _pipeline = new DocumentPipeline(cleaner, extractor, options.Budget, clock);
        _store = store;
        _options = options;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>How many documents may be read ahead of the writer: the memory bound.</summary>
    public int Capacity => Math.Max(_options.Workers * 4, _options.Batch * 2);

    /// <summary>
    /// Runs every input through; <paramref name="onOutcome"/> is called on the calling thread, once per input, in input
    /// order, after that document is committed (so a reported document is durable). <paramref name="onProgress"/> gets
    /// the totals after each commit.
    /// </summary>
    public IngestRunStats Run(IEnumerable<Result<RawDocument>> inputs, Action<IngestOutcome>? onOutcome = null, Action<IngestRunStats>? onProgress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var tally = new RunTally(_clock);
        var queue = Channel.CreateBounded<Task<PreparedDocument>>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() => ProduceAsync(inputs, queue.Writer, stop.Token));
        try
        {
            Write(queue.Reader, tally, onOutcome, onProgress);
        }
        finally
        {
            // If the writer stopped early (a callback threw), release a producer blocked on the full channel.
            stop.Cancel();
            producer.GetAwaiter().GetResult();
        }

        return tally.Snapshot();
    }

    /// <summary>Reads in order and starts each document's work; the gate caps how many run at once.</summary>
    private async Task ProduceAsync(IEnumerable<Result<RawDocument>> inputs, ChannelWriter<Task<PreparedDocument>> queue, CancellationToken stop)
    {
        using var gate = new SemaphoreSlim(_options.Workers);
        var running = new List<Task>();
        Exception? broke = null;
        try
        {
            foreach (var raw in inputs)
            {
                await gate.WaitAsync(stop).ConfigureAwait(false);
                var work = Task.Run(() =>
                {
                    try
                    {
                        return Prepare(raw);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }, CancellationToken.None);
                running.Add(work);
                if (running.Count > Capacity * 2) running.RemoveAll(t => t.IsCompleted);
                await queue.WriteAsync(work, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The writer gave up; nothing more is wanted.
        }
        catch (Exception ex)
        {
            // A reader should never throw; if one does, the documents before it still count and the run ends cleanly.
            broke = ex;
        }

        try
        {
            if (broke is not null)
            {
                var failure = PreparedDocument.Failed(IngestOutcome.Failed("?", IngestErrors.ReadingStopped(broke.Message)));
                await queue.WriteAsync(Task.FromResult(failure), stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // As above: the writer is gone.
        }
        finally
        {
            queue.TryComplete();
            // The gate is disposed on return: let the workers still holding it finish first.
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    private PreparedDocument Prepare(Result<RawDocument> raw)
    {
        if (!raw.IsSuccess) return PreparedDocument.Failed(IngestOutcome.Failed("?", raw.Error!));
        var doc = raw.Value;
        // Clean + extract within the document's budget (the same DocumentPipeline watch and the web app use).
        var p = _pipeline.Process(doc);
        return p.FailedStage switch
        {
            null => new PreparedDocument(p.Clean, p.Report, null, p.CleanTicks, p.ExtractTicks),
            ProcessedDocument.CleanStage when p.Threw => PreparedDocument.Failed(IngestOutcome.Failed(doc.Name, IngestErrors.CleanFailed(doc.Origin, p.Error ?? "")), p.CleanTicks, p.ExtractTicks),
            ProcessedDocument.ExtractStage => PreparedDocument.Failed(IngestOutcome.Failed(doc.Name, IngestErrors.ExtractFailed(doc.Origin, p.Error ?? "")), p.CleanTicks, p.ExtractTicks),
            _ => PreparedDocument.Failed(IngestOutcome.Failed(doc.Name, p.Error ?? ""), p.CleanTicks, p.ExtractTicks),
        };
    }

    /// <summary>The writer: this thread, in input order.</summary>
    private void Write(ChannelReader<Task<PreparedDocument>> queue, RunTally tally, Action<IngestOutcome>? onOutcome, Action<IngestRunStats>? onProgress)
    {
        var pending = new List<PreparedDocument>(_options.Batch);
        Task<bool>? waiting = null;
        while (true)
        {
            if (!queue.TryPeek(out var head))
            {
                waiting ??= queue.WaitToReadAsync().AsTask();
                // Nothing queued: commit what is held once nothing has come for a while, then wait as long as it takes.
                if (pending.Count > 0 && !waiting.Wait(_options.FlushAfter)) Flush(pending, tally, onOutcome, onProgress);
                var more = waiting.GetAwaiter().GetResult();
                waiting = null;
                if (!more) break;
                continue;
            }

            // Queued but still on a worker: the same rule, so a slow document does not hold finished ones back for long.
            if (pending.Count > 0 && !head.IsCompleted && !head.Wait(_options.FlushAfter))
            {
                Flush(pending, tally, onOutcome, onProgress);
            }

            queue.TryRead(out _);
            pending.Add(head.GetAwaiter().GetResult());
            if (pending.Count >= _options.Batch) Flush(pending, tally, onOutcome, onProgress);
        }

        Flush(pending, tally, onOutcome, onProgress);
    }

    /// <summary>Stores the held documents in one call and reports every held input, failures included, in order.</summary>
    private void Flush(List<PreparedDocument> pending, RunTally tally, Action<IngestOutcome>? onOutcome, Action<IngestRunStats>? onProgress)
    {
        if (pending.Count == 0) return;
        var items = pending.Where(p => p.Failure is null).Select(p => (p.Clean!, p.Report!)).ToList();
        var stored = Store(items, tally);
        var next = 0;
        foreach (var p in pending)
        {
            var outcome = p.Failure ?? stored[next++];
            tally.Add(p, outcome);
            onOutcome?.Invoke(outcome);
        }

        pending.Clear();
        onProgress?.Invoke(tally.Snapshot());
    }

    private IReadOnlyList<IngestOutcome> Store(List<(CleanDocument Document, LaunchReport Report)> items, RunTally tally)
    {
        if (items.Count == 0) return [];
        if (_store is null)
        {
            return items.Select(i => new IngestOutcome(i.Document.Name, i.Report.Relevant ? IngestStatus.New : IngestStatus.Irrelevant, [], [])).ToList();
        }

        var t = _clock.GetTimestamp();
        try
        {
            // One document alone keeps the plain one-transaction path (--batch 1 is exactly the old behaviour).
            return items.Count == 1 ? [_store.Ingest(items[0].Document, items[0].Report)] : _store.IngestBatch(items);
        }
        catch (Exception ex)
        {
            // Stores report their own failures as outcomes; this is the backstop so one bad commit never ends the run.
            return items.Select(i => IngestOutcome.StoreFailed(i.Document.Name, IngestErrors.StoreFailed(i.Document.Name, ex.Message))).ToList();
        }
        finally
        {
            tally.Stored(items.Count, _clock.GetTimestamp() - t);
        }
    }
}
