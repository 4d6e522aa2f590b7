using System.Text.Json;
using Apogee.Core.Json;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

internal static class Core
{
    internal static class Json
    {
        public static string ContractJsonText(LaunchReport r) => JsonSerializer.Serialize(r, ContractJson.Options);
    }
}
