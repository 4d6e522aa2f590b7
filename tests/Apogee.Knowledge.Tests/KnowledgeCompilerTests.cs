using System.Text;
using Apogee.Knowledge.Compile;

namespace Apogee.Knowledge.Tests;

public sealed class KnowledgeCompilerTests
{
    // Set APOGEE_WRITE_KNOWLEDGE=1 to rewrite the committed files from a fresh compile (tools/compile-knowledge.sh).
    private static bool WriteRequested => Environment.GetEnvironmentVariable("APOGEE_WRITE_KNOWLEDGE") == "1";

    [Fact]
    public void Committed_files_equal_a_fresh_compile_of_the_shared_CNS_data()
    {
        if (!RepoPaths.HasShared)
        {
            return; // Nothing to compare against on a machine without ../shared; the embedded files still load.
        }

        var compiled = KnowledgeCompiler.CompileAll(RepoPaths.CnsFolder, RepoPaths.Root);
        Assert.True(compiled.IsSuccess, compiled.Error);
        foreach (var (path, text) in compiled.Value)
        {
            var file = Path.Combine(RepoPaths.Root, path);
            if (WriteRequested)
            {
                File.WriteAllText(file, text, new UTF8Encoding(false));
            }

            Assert.Equal(text, File.ReadAllText(file));
        }
    }

    [Fact]
    public void Compiling_twice_gives_identical_bytes()
    {
        if (!RepoPaths.HasShared)
        {
            return;
        }

        var first = KnowledgeCompiler.CompileAll(RepoPaths.CnsFolder, RepoPaths.Root);
        var second = KnowledgeCompiler.CompileAll(RepoPaths.CnsFolder, RepoPaths.Root);
        Assert.True(first.IsSuccess, first.Error);
        Assert.Equal(first.Value.Keys, second.Value.Keys);
        foreach (var key in first.Value.Keys)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(first.Value[key]), Encoding.UTF8.GetBytes(second.Value[key]));
        }
    }

    [Theory]
    [InlineData("gazetteer/facilities.tsv")]
    [InlineData("gazetteer/places.tsv")]
    [InlineData("gazetteer/aliases.tsv")]
    [InlineData("gazetteer/seas.tsv")]
    [InlineData("gazetteer/not-places.tsv")]
    [InlineData("missiles/missiles.tsv")]
    [InlineData("missiles/extra.tsv")]
    [InlineData("missiles/not-missiles.tsv")]
    [InlineData("officeholders.tsv")]
    public void The_assembly_embeds_the_committed_data_file(string file)
    {
        var embedded = Data.EmbeddedKnowledge.Read(file);
        Assert.True(embedded.IsSuccess, embedded.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "data", file)), embedded.Value);
    }
}
