namespace Apogee.Watch.Http;

public enum FetchStatus
{
    /// <summary>A 2xx response whose body was read in full.</summary>
    Fetched,

    /// <summary>304: the validators still match; nothing new.</summary>
    NotModified,

    /// <summary>Anything else; <see cref="FetchResult.Error"/> says what.</summary>
    Failed,
}
