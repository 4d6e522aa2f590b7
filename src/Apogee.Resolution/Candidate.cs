using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>An existing event a new report may belong to: its stable id and consolidated fields.</summary>
public sealed record Candidate(long Id, LaunchEvent Event);
