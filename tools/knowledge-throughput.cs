// Ad hoc throughput check of the knowledge finders on the real corpus (read from ../shared at run time).
// Run from the repository root:  dotnet run -c Release tools/knowledge-throughput.cs
// Reports articles per wall-second and per CPU-second (the CPU figure is steadier on a shared machine).
#:project ../src/Apogee.Knowledge/Apogee.Knowledge.csproj
#:property PublishAot=false
using System.Diagnostics;
using Apogee.Knowledge;

var corpus = Path.GetFullPath(Path.Combine("..", "shared", "corpus"));
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"{corpus}: not found; run from the repository root with ../shared present");
    return 1;
}

var texts = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
Console.WriteLine($"{texts.Length} articles, average {texts.Average(t => t.Length):F0} chars");
Measure("places", t => Gazetteer.Default.FindAll(t).Count);
Measure("seas", t => Gazetteer.Default.FindSeas(t).Count);
Measure("missiles", t => MissileCatalogue.Default.FindAll(t).Count);
Measure("officeholders", t => Officeholders.Default.FindAll(t).Count);
Measure("all four", t => Gazetteer.Default.FindAll(t).Count + Gazetteer.Default.FindSeas(t).Count
    + MissileCatalogue.Default.FindAll(t).Count + Officeholders.Default.FindAll(t).Count);
return 0;

void Measure(string name, Func<string, int> find)
{
    foreach (var t in texts)
    {
        find(t); // warm-up: JIT and the Lazy defaults
    }

    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var n = 0;
    while (clock.ElapsedMilliseconds < 3000)
    {
        foreach (var t in texts)
        {
            find(t);
            n++;
        }
    }

    process.Refresh();
    var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"{name,-14} {n / clock.Elapsed.TotalSeconds,9:F0} articles/s wall  {n / cpuSeconds,9:F0} articles/CPU-s");
}
