namespace Apogee.Core;

/// <summary>
/// The outcome of a parse or a stage: a value, or a message a person can act on.
/// Parsers return this instead of throwing, so one bad input never stops a batch.
/// </summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error}");

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(string error) => new(default, error ?? "unknown error");

    public Result<TOut> Map<TOut>(Func<T, TOut> map) =>
        IsSuccess ? Result<TOut>.Ok(map(_value!)) : Result<TOut>.Fail(Error!);

    public override string ToString() => IsSuccess ? $"Ok({_value})" : $"Fail({Error})";
}
