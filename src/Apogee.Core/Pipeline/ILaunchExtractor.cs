using Apogee.Core.Model;

namespace Apogee.Core.Pipeline;

/// <summary>Extract: decides relevance and builds the contract's launch report with claims. Pure: no clock, no I/O.</summary>
public interface ILaunchExtractor
{
    LaunchReport Extract(CleanDocument document);
}
