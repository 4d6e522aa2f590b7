using System.Diagnostics;
using System.Threading.Channels;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;

namespace Apogee.Bench;

/// <summary>
/// read → clean + extract on N workers → one writer. Cleaning and extraction are pure CPU work on one document, so they
/// run in parallel; storing stays on one thread because resolution must see every earlier document (the store
/// serialises writers anyway). The writer takes documents in input order, so event ids and merges are exactly those of
/// a sequential run. The channel is bounded: at most <c>max(workers * 4, batch * 2)</c> documents are in flight, which
/// bounds memory whatever the input size; it must hold more than a batch, or the workers idle while the writer commits
/// one (measured: 317/s with room for 8, against a batch of 64). With <c>batch</c> &gt; 1 the writer hands the store up to that many documents per
/// <see cref="IEventStore.IngestBatch"/> call (one commit). Batches are always full (a bulk load wants throughput, not
/// latency): flushing whenever the next document was not ready yet gave batches of one or two on 2 cores.
/// </summary>
public sealed class PipelineRunner(ICleaner cleaner, ILaunchExtractor extractor, IEventStore? store, int workers, int batch = 1)
{
    /// <summary>What one document became before the writer saw it.</summary>
    private sealed record Prepared(string Name, CleanDocument? Clean, LaunchReport? Report, string? Error, long CleanTicks, long ExtractTicks);

    public PipelineStats Run(IEnumerable<Result<RawDocument>> inputs, Action<PipelineStats>? progress = null)
    {
        var stats = new PipelineStats();
        var clock = Stopwatch.StartNew();
        var queue = Channel.CreateBounded<Task<Prepared>>(new BoundedChannelOptions(Math.Max(Math.Max(1, workers) * 4, Math.Max(1, batch) * 2))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var gate = new SemaphoreSlim(Math.Max(1, workers));

        // Producer: reads in order and starts each document's work; the gate caps how many run at once.
        var producer = Task.Run(async () =>
        {
            foreach (var raw in inputs)
            {
                await gate.WaitAsync().ConfigureAwait(false);
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
                });
                await queue.Writer.WriteAsync(work).ConfigureAwait(false);
            }

            queue.Writer.Complete();
        });

        // Writer: this thread, in input order.
        var reader = queue.Reader;
        var pending = new List<(CleanDocument Document, LaunchReport Report)>();
        void Flush()
        {
            if (pending.Count == 0) return;
            var t = Stopwatch.GetTimestamp();
            var outcomes = pending.Count == 1 ? [store!.Ingest(pending[0].Document, pending[0].Report)] : store!.IngestBatch(pending);
            stats.StoreTicks += Stopwatch.GetTimestamp() - t;
            foreach (var outcome in outcomes)
            {
                stats.Created += outcome.EventsCreated.Count;
                stats.Failed += outcome.Status == IngestStatus.Failed ? 1 : 0;
            }

            pending.Clear();
        }

        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var next))
            {
                var p = next.GetAwaiter().GetResult();
                stats.Read++;
                stats.CleanTicks += p.CleanTicks;
                stats.ExtractTicks += p.ExtractTicks;
                if (p.Error is not null || p.Clean is null || p.Report is null)
                {
                    stats.Failed++;
                }
                else
                {
                    stats.Relevant += p.Report.Relevant ? 1 : 0;
                    if (store is not null) pending.Add((p.Clean, p.Report));
                }

                if (pending.Count >= Math.Max(1, batch)) Flush();
                if (stats.Read % 10000 == 0)
                {
                    stats.Elapsed = clock.Elapsed;
                    progress?.Invoke(stats);
                }
            }
        }

        Flush();
        producer.GetAwaiter().GetResult();
        stats.Elapsed = clock.Elapsed;
        return stats;
    }

    private Prepared Prepare(Result<RawDocument> raw)
    {
        if (!raw.IsSuccess) return new Prepared("?", null, null, raw.Error, 0, 0);
        var t0 = Stopwatch.GetTimestamp();
        var clean = cleaner.Clean(raw.Value);
        var t1 = Stopwatch.GetTimestamp();
        if (!clean.IsSuccess) return new Prepared(raw.Value.Name, null, null, clean.Error, t1 - t0, 0);
        try
        {
            var report = extractor.Extract(clean.Value);
            return new Prepared(raw.Value.Name, clean.Value, report, null, t1 - t0, Stopwatch.GetTimestamp() - t1);
        }
        catch (Exception ex)
        {
            return new Prepared(raw.Value.Name, clean.Value, null, ex.Message, t1 - t0, Stopwatch.GetTimestamp() - t1);
        }
    }
}
