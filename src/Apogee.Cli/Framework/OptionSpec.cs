namespace Apogee.Cli.Framework;

/// <summary>An option a verb accepts; <see cref="IsFlag"/> options take no value.</summary>
public sealed record OptionSpec(string Name, string Help, bool IsFlag = false, string? ValueName = null)
{
    public string Usage => IsFlag ? $"--{Name}" : $"--{Name} {ValueName ?? "VALUE"}";
}
