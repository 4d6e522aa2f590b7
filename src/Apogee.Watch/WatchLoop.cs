using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Watch.Alerts;
using Apogee.Watch.Feeds;
using Apogee.Watch.Http;
using Apogee.Watch.Pipeline;
using Apogee.Watch.State;
using Microsoft.Extensions.Logging;

namespace Apogee.Watch;

/// <summary>
/// Polls every feed and page, ingests what is new and announces what changed. Sources are taken one after another,
/// so alerts come out in a stable order; anything one source does wrong is logged, backed off and skipped, and the
/// loop goes on. State is saved after each document, before its alerts go out: a restart may miss an alert if it
/// dies mid-delivery, but never repeats one. An alert a sink refused even after its retries is kept in the state
/// and offered to that sink again at the start of every cycle until it is taken.
/// </summary>
public sealed class WatchLoop
{
    /// <summary>An item page that keeps failing transiently is given up after this many cycles, so it cannot pin its feed to full fetches forever.</summary>
    public const int MaxItemAttempts = 5;

    private readonly Dictionary<string, int> _itemAttempts = new(StringComparer.Ordinal);
    private readonly WatchSettings _settings;
    private readonly WatchParts _parts;
    private readonly WatchState _state;
    private readonly WatchStateFile? _stateFile;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly SourceBackoff _backoff;

    public WatchLoop(WatchSettings settings, WatchParts parts, WatchState state, WatchStateFile? stateFile, TimeProvider clock, ILogger log)
    {
        _settings = settings;
        _parts = parts;
        _state = state;
        _stateFile = stateFile;
        _clock = clock;
        _log = log;
        _backoff = new SourceBackoff(settings.Interval, settings.MaxBackoff);
    }

    public WatchState State => _state;

    /// <summary>Called after every cycle, after its tally was logged (one line, <see cref="WatchLog.Cycle(ILogger, CycleReport)"/>).</summary>
    public Action<CycleReport>? CycleCompleted { get; set; }

    /// <summary>Runs cycles every interval until cancelled (or once). Returns the last cycle's report.</summary>
    public async Task<CycleReport?> RunAsync(CancellationToken cancellationToken)
    {
        CycleReport? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                last = await RunCycleAsync(cancellationToken).ConfigureAwait(false);
                WatchLog.Cycle(_log, last);
                CycleCompleted?.Invoke(last);
                if (_settings.Once) break;
                await Task.Delay(_settings.Interval, _clock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return last;
    }

    public async Task<CycleReport> RunCycleAsync(CancellationToken cancellationToken)
    {
        var cycle = new Cycle();
        await RetryPendingAsync(cycle, cancellationToken).ConfigureAwait(false);
        foreach (var feed in _settings.Feeds)
        {
            await GuardAsync(feed, cycle, () => PollFeedAsync(feed, cycle, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        foreach (var page in _settings.Pages)
        {
            await GuardAsync(page, cycle, () => PollPageAsync(page, cycle, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        return new CycleReport(cycle.Polled, cycle.Unchanged, cycle.BackingOff, cycle.Ingested, cycle.Failures, cycle.Alerts);
    }

    /// <summary>Backs off a source that is failing, and keeps a bug in one source's handling from ending the loop.</summary>
    private async Task GuardAsync(Uri source, Cycle cycle, Func<Task<bool>> poll, CancellationToken ct)
    {
        if (_backoff.IsWaiting(source, _clock.GetUtcNow()))
        {
            cycle.BackingOff++;
            return;
        }

        cycle.Polled++;
        bool ok;
        try
        {
            ok = await poll().ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            Fail(cycle, $"{source}: {ex.Message}");
            ok = false;
        }

        if (ok) _backoff.Succeeded(source);
        else _backoff.Failed(source, _clock.GetUtcNow());
    }

    private async Task<bool> PollFeedAsync(Uri feed, Cycle cycle, CancellationToken ct)
    {
        var poll = await _parts.Feeds.PollAsync(feed, _state.ValidatorsFor(feed), ct).ConfigureAwait(false);
        if (poll.Status == FetchStatus.Failed)
        {
            Fail(cycle, poll.Error!);
            return false;
        }

        if (poll.Status == FetchStatus.NotModified)
        {
            cycle.Unchanged++;
            return true;
        }

        // Validators are kept only once every new item is dealt with: if one must be retried, the next poll
        // has to see the whole feed again instead of a 304.
        // Oldest first (feeds list newest first), so a first report is announced before the follow-up that changes it.
        var complete = true;
        var fresh = poll.Entries.Where(e => !_state.IsSeen(feed, e.Id)).OrderBy(e => e.Published ?? DateTimeOffset.MaxValue).ToList();
        foreach (var entry in fresh)
        {
            complete &= await TakeEntryAsync(feed, entry, cycle, ct).ConfigureAwait(false);
        }

        if (complete) _state.SetValidators(feed, poll.Validators);
        Save();
        return true;
    }

    /// <summary>Fetches and ingests one new item; false when it failed in a way worth retrying next cycle.</summary>
    private async Task<bool> TakeEntryAsync(Uri feed, FeedEntry entry, Cycle cycle, CancellationToken ct)
    {
        var known = new DocumentMetadata(
            Published: entry.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null,
            Title: entry.Title);
        RawDocument? raw = null;
        if (entry.Link is { } link)
        {
            var page = await _parts.Pages.FetchAsync(link, Validators.None, known, ct).ConfigureAwait(false);
            if (page.Document is not null)
            {
                raw = page.Document;
            }
            else
            {
                Fail(cycle, page.Error!);
                if (page.Transient && TryAgainLater(feed, entry)) return false;
            }
        }

        // No usable page (no link, or it will never load): the feed's own text is the next best thing.
        if (raw is null && !string.IsNullOrWhiteSpace(entry.Content))
        {
            raw = new RawDocument(DocumentNames.ForItem(feed, entry.Id), entry.Link?.AbsoluteUri ?? feed.AbsoluteUri, entry.Content, ContentKind.Html,
                known.Or(new DocumentMetadata(Url: entry.Link?.AbsoluteUri, Outlet: (entry.Link ?? feed).Host)));
        }

        // A store that failed (locked, unreachable, full) keeps the item unseen for the next cycle, a few times.
        if (raw is not null && !await IngestAsync(raw, cycle, ct).ConfigureAwait(false) && TryAgainLater(feed, entry)) return false;
        _itemAttempts.Remove(ItemKey(feed, entry));
        _state.MarkSeen(feed, entry.Id);
        Save();
        return true;
    }

    private static string ItemKey(Uri feed, FeedEntry entry) => feed.AbsoluteUri + "\n" + entry.Id;

    /// <summary>Counts a failed attempt at an item; true while it has attempts left (then it stays unseen).</summary>
    private bool TryAgainLater(Uri feed, FeedEntry entry)
    {
        var key = ItemKey(feed, entry);
        var attempts = _itemAttempts[key] = _itemAttempts.GetValueOrDefault(key) + 1;
        return attempts < MaxItemAttempts;
    }

    private async Task<bool> PollPageAsync(Uri url, Cycle cycle, CancellationToken ct)
    {
        var page = await _parts.Pages.FetchAsync(url, _state.ValidatorsFor(url), DocumentMetadata.Empty, ct).ConfigureAwait(false);
        if (page.Status == FetchStatus.NotModified)
        {
            cycle.Unchanged++;
            return true;
        }

        if (page.Document is null)
        {
            Fail(cycle, page.Error!);
            return false;
        }

        // A store failure keeps the old validators, so the next cycle fetches the page in full and tries again.
        if (!await IngestAsync(page.Document, cycle, ct).ConfigureAwait(false)) return false;
        _state.SetValidators(url, page.Validators);
        Save();
        return true;
    }

    /// <summary>Ingests and alerts; false only when the store failed (the document may succeed on a later try).</summary>
    private async Task<bool> IngestAsync(RawDocument raw, Cycle cycle, CancellationToken ct)
    {
        var outcome = _parts.Ingestor.Ingest(raw);
        if (outcome.Status == IngestStatus.Failed)
        {
            Fail(cycle, outcome.Error ?? raw.Name);
            return !outcome.Transient;
        }

        cycle.Ingested++;
        var alerts = _parts.Planner.Plan(outcome, _state, _clock.GetUtcNow());
        Save();
        foreach (var alert in alerts)
        {
            cycle.Alerts.Add(alert);
            foreach (var sink in _parts.Sinks)
            {
                if (!await DeliverAsync(sink, alert, cycle, ct).ConfigureAwait(false)) _state.AddPending(new PendingAlert(sink.Name, alert));
            }
        }

        if (_state.Pending.Count > 0) Save();
        return true;
    }

    /// <summary>Offers alerts that failed before to their sink again; a sink no longer configured drops them.</summary>
    private async Task RetryPendingAsync(Cycle cycle, CancellationToken ct)
    {
        if (_state.Pending.Count == 0) return;
        foreach (var pending in _state.Pending.ToList())
        {
            var sink = _parts.Sinks.FirstOrDefault(s => s.Name == pending.Sink);
            if (sink is null || await DeliverAsync(sink, pending.Alert, cycle, ct).ConfigureAwait(false)) _state.RemovePending(pending);
        }

        Save();
    }

    private async Task<bool> DeliverAsync(IAlertSink sink, Alert alert, Cycle cycle, CancellationToken ct)
    {
        Result<bool> sent;
        try
        {
            sent = await sink.SendAsync(alert, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            sent = Result<bool>.Fail(WatchErrors.SinkFailed(sink.Name, ex.Message));
        }

        if (!sent.IsSuccess) Fail(cycle, sent.Error!);
        return sent.IsSuccess;
    }

    private void Fail(Cycle cycle, string message)
    {
        cycle.Failures.Add(message);
        WatchLog.Problem(_log, message);
    }

    private void Save() => _stateFile?.Save(_state);

    private sealed class Cycle
    {
        public int Polled { get; set; }

        public int Unchanged { get; set; }

        public int BackingOff { get; set; }

        public int Ingested { get; set; }

        public List<string> Failures { get; } = [];

        public List<Alert> Alerts { get; } = [];
    }
}
