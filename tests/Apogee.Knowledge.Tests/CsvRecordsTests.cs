using Apogee.Knowledge.Compile;

namespace Apogee.Knowledge.Tests;

public sealed class CsvRecordsTests
{
    private static readonly string[] NameAndNote = ["name", "note"];

    [Theory]
    [InlineData("name,note\nSohae,plain\n", "Sohae", "plain")]
    [InlineData("\uFEFFname,note\r\nSohae,plain\r\n", "Sohae", "plain")] // byte-order mark, CRLF
    [InlineData("name,note\n\"Sohae, North Phyongan\",\"said \"\"big\"\"\"\n", "Sohae, North Phyongan", "said \"big\"")]
    [InlineData("name,note\n\"Sohae\",\"two\nlines\"\n", "Sohae", "two\nlines")]
    [InlineData("name,note\n  Sohae  ,\n", "Sohae", "")] // fields are trimmed; an empty cell is empty
    [InlineData("name,note\nSohae\n", "Sohae", "")] // a short row reads as empty fields
    [InlineData(" name ,note\n\nSohae,x\n", "Sohae", "x")] // header names trimmed, blank lines skipped
    public void Fields_read_as_RFC_4180_says(string csv, string name, string note)
    {
        var parsed = CsvRecords.Parse("test.csv", csv, NameAndNote);
        Assert.True(parsed.IsSuccess, parsed.Error);
        var row = Assert.Single(parsed.Value.Rows);
        Assert.Equal(name, parsed.Value.Get(row, "name"));
        Assert.Equal(note, parsed.Value.Get(row, "note"));
    }

    [Theory]
    [InlineData("", "test.csv: no header line")]
    [InlineData("name,other\nSohae,x\n", "test.csv: header lacks column 'note'")]
    [InlineData("name,note\nSohae,x\nTonghae,\"never closed\nMusudan,y\n", "test.csv:3: quoted CSV field is never closed")]
    public void Bad_files_are_errors_naming_the_file_and_the_problem(string csv, string error)
    {
        var parsed = CsvRecords.Parse("test.csv", csv, NameAndNote);
        Assert.False(parsed.IsSuccess);
        Assert.Equal(error, parsed.Error);
    }
}
