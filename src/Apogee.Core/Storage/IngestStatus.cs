namespace Apogee.Core.Storage;

public enum IngestStatus
{
    New,
    Duplicate,
    Irrelevant,
    Failed,
}
