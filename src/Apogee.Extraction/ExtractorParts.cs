using Apogee.Extraction.Attribution;
using Apogee.Extraction.Dates;
using Apogee.Extraction.Missiles;
using Apogee.Extraction.Quantities;
using Apogee.Extraction.Relevance;
using Apogee.Extraction.Sentences;
using Apogee.Extraction.Sites;
using Apogee.Knowledge;

namespace Apogee.Extraction;

/// <summary>The stages an extractor is made of; all stateless, so one set serves every thread.</summary>
public sealed record ExtractorParts(
    ISentenceSplitter Splitter,
    IRelevanceJudge Relevance,
    ISourceAttributor Attributor,
    IDateResolver Dates,
    IQuantityFinder Quantities,
    ClassFinder Classes,
    SiteFinder Sites,
    MissileCatalogue Catalogue,
    Officeholders Officeholders);
