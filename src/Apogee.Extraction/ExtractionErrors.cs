namespace Apogee.Extraction;

/// <summary>The one place for the extraction project's problem texts.</summary>
public static class ExtractionErrors
{
    public static string StageFailed(string document, string stage, Exception ex) =>
        $"{document}: extraction stage '{stage}' failed ({ex.GetType().Name}: {ex.Message}); the rest of the report was still produced";
}
