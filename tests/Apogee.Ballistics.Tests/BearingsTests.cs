namespace Apogee.Ballistics.Tests;

public class BearingsTests
{
    [Theory]
    [InlineData("95", 95.0)]
    [InlineData("-90", 270.0)]
    [InlineData("E", 90.0)]
    [InlineData("east", 90.0)]
    [InlineData("eastward", 90.0)]
    [InlineData("East-Northeast", 67.5)]
    [InlineData("north east", 45.0)]
    [InlineData("northeastward", 45.0)]
    [InlineData("SSW", 202.5)]
    [InlineData("westerly", 270.0)]
    [InlineData("toward Japan", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("NaN", null)]
    public void Reads_degrees_points_and_words(string? text, double? expected) =>
        Assert.Equal(expected, Bearings.Parse(text));
}
