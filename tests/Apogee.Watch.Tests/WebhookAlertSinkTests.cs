using Apogee.Watch.Alerts;
using Apogee.Watch.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Apogee.Watch.Tests;

/// <summary>Webhook delivery through the Polly pipeline, against a real local receiver.</summary>
public sealed class WebhookAlertSinkTests : IAsyncLifetime
{
    private static readonly Alert Sample = new(
        AlertKinds.EventChanged, 7, "CHANGED event #7: count 1+ -> 2 [2 reports]",
        [new AlertChange("count", "1+", "2")], ["doc-a", "doc-b"], new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));

    private ScriptedServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await ScriptedServer.StartAsync();
        await _server.WarmUpAsync();
        _client = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(new[] { 200 }, true, 1)]
    [InlineData(new[] { 500, 503, 204 }, true, 3)]
    [InlineData(new[] { 429, 200 }, true, 2)]
    [InlineData(new[] { 400 }, false, 1)]
    [InlineData(new[] { 500, 500, 500, 500, 500 }, false, 4)]
    public async Task Retries_server_errors_with_backoff_and_gives_up_on_rejections(int[] statuses, bool delivered, int attempts)
    {
        var served = 0;
        _server.On("hook", ctx =>
        {
            ctx.Response.StatusCode = statuses[Math.Min(served++, statuses.Length - 1)];
            return Task.CompletedTask;
        });
        var sink = Sink(maxRetries: 3);

        var result = await sink.SendAsync(Sample, CancellationToken.None);

        Assert.Equal(delivered, result.IsSuccess);
        Assert.Equal(attempts, _server.RequestsTo("hook").Count);
        if (!delivered) Assert.Contains("delivery failed after retries", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_body_is_the_alert_as_snake_case_json_and_every_attempt_carries_it()
    {
        var served = 0;
        _server.On("hook", ctx =>
        {
            ctx.Response.StatusCode = served++ == 0 ? 502 : 200;
            return Task.CompletedTask;
        });

        await Sink(maxRetries: 2).SendAsync(Sample, CancellationToken.None);

        var bodies = _server.RequestsTo("hook").Select(r => r.Body).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Equal(
            "{\"kind\":\"event_changed\",\"event_id\":7,\"summary\":\"CHANGED event #7: count 1+ -> 2 [2 reports]\","
            + "\"changes\":[{\"field\":\"count\",\"before\":\"1+\",\"after\":\"2\"}],\"documents\":[\"doc-a\",\"doc-b\"],"
            + "\"detected_at\":\"2026-11-20T03:00:00+00:00\"}",
            bodies[0]);
    }

    [Fact]
    public async Task A_receiver_that_hangs_is_timed_out_per_attempt_and_retried()
    {
        var served = 0;
        _server.On("hook", async ctx =>
        {
            if (served++ == 0)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return;
            }

            ctx.Response.StatusCode = StatusCodes.Status200OK;
        });

        var result = await Sink(maxRetries: 2, attemptTimeout: TimeSpan.FromMilliseconds(500)).SendAsync(Sample, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, served);
    }

    [Fact]
    public async Task An_unreachable_webhook_is_a_failed_result_not_an_exception()
    {
        var sink = new WebhookAlertSink(_client, new Uri("http://127.0.0.1:1/hook"),
            WebhookPipeline.Create(new WebhookRetryOptions(1, TimeSpan.FromMilliseconds(10)), TimeProvider.System));

        var result = await sink.SendAsync(Sample, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Contains("webhook http://127.0.0.1:1/hook", result.Error, StringComparison.Ordinal);
    }

    private WebhookAlertSink Sink(int maxRetries, TimeSpan? attemptTimeout = null) =>
        new(_client, _server.Url("hook"),
            WebhookPipeline.Create(new WebhookRetryOptions(maxRetries, TimeSpan.FromMilliseconds(10), attemptTimeout ?? TimeSpan.FromSeconds(10)), TimeProvider.System));
}
