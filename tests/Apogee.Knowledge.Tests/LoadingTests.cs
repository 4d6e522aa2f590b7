namespace Apogee.Knowledge.Tests;

/// <summary>Bad knowledge rows fail with the file and line; the embedded Defaults load once, from any thread.</summary>
public sealed class LoadingTests
{
    private static readonly string?[] ExpectedTm1 = ["hypersonic", "SRBM", "ship"];

    private const string PlaceHeader = "Name\tKind\tLat\tLon\tProvince\tAliases\n";
    private const string AliasHeader = "Name\tAliases\n";
    private const string MissileHeader = "Name\tCategory\tRangeClass\tBasing\tAliases\n";
    private const string OfficeHeader = "Name\tOffice\tCountry\tFrom\tTo\tSurname\tBare\tVariants\n";

    public static TheoryData<string, string> BadPlaceFiles => new()
    {
        { PlaceHeader + "Testville\tcity\t91\t125\t\t\n", "gazetteer/facilities.tsv:2: coordinate out of range: '91'" },
        { PlaceHeader + "# comment\nTestville\tcity\tnorth\t125\t\t\n", "gazetteer/facilities.tsv:3: column 'Lat' is not a number: 'north'" },
        { PlaceHeader + "Testville\ttown\t39\t125\t\t\n", "gazetteer/facilities.tsv:2: column 'Kind' has a value outside the vocabulary: 'town'" },
        { PlaceHeader + "Testville\tcity\t39\n", "gazetteer/facilities.tsv:2: expected 6 tab-separated fields, found 3" },
        { PlaceHeader + "\tcity\t39\t125\t\t\n", "gazetteer/facilities.tsv:2: column 'Name' is empty" },
        { "Name\tKind\n", "gazetteer/facilities.tsv: header lacks column 'Lat'" },
        { "", "gazetteer/facilities.tsv: no header line" },
        { PlaceHeader + "Testville\tsea\t39\t125\t\t\n", "gazetteer/facilities.tsv:2: column 'Kind' has a value outside the vocabulary: 'sea'" },
    };

    [Theory]
    [MemberData(nameof(BadPlaceFiles))]
    public void A_bad_place_row_fails_with_file_and_line(string facilities, string error)
    {
        var result = Gazetteer.Load(facilities, PlaceHeader, AliasHeader, PlaceHeader);
        Assert.False(result.IsSuccess);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Aliases_for_an_unknown_place_and_duplicate_names_fail()
    {
        var place = PlaceHeader + "Testville\tcity\t39\t125\t\t\n";
        Assert.Equal("gazetteer/aliases.tsv:2: 'Nowhere' names no known entry",
            Gazetteer.Load(place, PlaceHeader, AliasHeader + "Nowhere\tNoplace\n", PlaceHeader).Error);
        Assert.Equal("gazetteer/places.tsv:2: name 'Testville' is already defined",
            Gazetteer.Load(place, place, AliasHeader, PlaceHeader).Error);
    }

    [Fact]
    public void A_loaded_gazetteer_merges_aliases_and_keeps_seas_apart()
    {
        var g = Gazetteer.Load(
            PlaceHeader + "Testville Launch Pad\tfacility\t39.5\t125.5\tNorth Pyongan\tTV Pad\n",
            PlaceHeader + "Testville\tcity\t39.4\t125.4\tNorth Pyongan\t\n",
            AliasHeader + "Testville Launch Pad\tTestville pad\n",
            "Name\tKind\tLat\tLon\tProvince\tAliases\nTest Sea\tsea\t40\t130\t\tTestwater\n");
        Assert.True(g.IsSuccess, g.Error);
        var found = g.Value.FindAll("From the Testville pad, not Testville, into the Testwater.");
        Assert.Equal(["Testville Launch Pad", "Testville"], found.Select(m => m.Place.Name));
        Assert.Equal("Test Sea", Assert.Single(g.Value.FindSeas("into the Testwater")).Place.Name);
    }

    public static TheoryData<string, string> BadMissileFiles => new()
    {
        { MissileHeader + "Testmissile-1\tlaser\t\t\t\n", "missiles/missiles.tsv:2: column 'Category' has a value outside the vocabulary: 'laser'" },
        { MissileHeader + "Testmissile-1\tballistic\tLRBM\t\t\n", "missiles/missiles.tsv:2: column 'RangeClass' has a value outside the vocabulary: 'LRBM'" },
        { MissileHeader + "Testmissile-1\tballistic\t\tair\t\n", "missiles/missiles.tsv:2: column 'Basing' has a value outside the vocabulary: 'air'" },
    };

    [Theory]
    [MemberData(nameof(BadMissileFiles))]
    public void A_bad_missile_row_fails_with_file_and_line(string missiles, string error) =>
        Assert.Equal(error, MissileCatalogue.Load(missiles, MissileHeader, "Phrase\n").Error);

    [Fact]
    public void Extra_rows_override_and_extend_compiled_missiles()
    {
        var c = MissileCatalogue.Load(
            MissileHeader + "Testmissile-1\tballistic\tSRBM\t\tTM-1\n",
            MissileHeader + "Testmissile-1\thypersonic\t\tship\tTM-One\nTestmissile-2\tcruise\t\t\t\n",
            "Phrase\nTestmissile-1 Gazette\n");
        Assert.True(c.IsSuccess, c.Error);
        var tm1 = c.Value.Lookup("TM-One");
        Assert.Equal(ExpectedTm1, new[] { tm1!.Category, tm1.RangeClass, tm1.Basing });
        Assert.Same(tm1, c.Value.Lookup("TM-1"));
        Assert.Equal(["Testmissile-2"], c.Value.FindAll("the Testmissile-1 Gazette reported a Testmissile-2").Select(m => m.Missile.Name));
    }

    public static TheoryData<string, string> BadOfficeholderFiles => new()
    {
        { OfficeHeader + "Test Person\tPresident\tTestland\t2020-13-01\t\tPerson\tyes\t\n", "officeholders.tsv:2: column 'From' is not a yyyy-MM-dd date: '2020-13-01'" },
        { OfficeHeader + "Test Person\tPresident\tTestland\t2020-01-01\t2019-01-01\tPerson\tyes\t\n", "officeholders.tsv:2: tenure ends before it starts" },
        { OfficeHeader + "Test Person\tPresident\tTestland\t\t\tPerson\tyes\t\n", "officeholders.tsv:2: column 'From' is empty" },
        { OfficeHeader + "Test Person\tPresident\tTestland\t2020-01-01\t\tPerson\tmaybe\t\n", "officeholders.tsv:2: column 'Bare' has a value outside the vocabulary: 'maybe'" },
    };

    [Theory]
    [MemberData(nameof(BadOfficeholderFiles))]
    public void A_bad_officeholder_row_fails_with_file_and_line(string content, string error) =>
        Assert.Equal(error, Officeholders.Load(content).Error);

    [Fact]
    public void Shared_surnames_are_never_matched_alone()
    {
        var o = Officeholders.Load(OfficeHeader
            + "Ann Testperson\tPresident\tTestland\t2000-01-01\t2005-01-01\tTestperson\tyes\t\n"
            + "Bob Testperson\tPresident\tTestland\t2005-01-01\t\tTestperson\tyes\t\n"
            + "Cy Uniquename\tDefense Secretary\tTestland\t2005-01-01\t\tUniquename\tyes\t\n");
        Assert.True(o.IsSuccess, o.Error);
        Assert.Empty(o.Value.FindAll("Testperson spoke. President Testperson spoke."));
        Assert.Equal("Bob Testperson", Assert.Single(o.Value.FindAll("Bob Testperson spoke.")).Holder.Name);
        Assert.Equal("Cy Uniquename", Assert.Single(o.Value.FindAll("Uniquename spoke.")).Holder.Name);
    }

    [Fact]
    public void Defaults_are_built_once_and_shared_across_threads()
    {
        var gazetteers = new Gazetteer[8];
        var catalogues = new MissileCatalogue[8];
        var holders = new Officeholders[8];
        Parallel.For(0, 8, i =>
        {
            gazetteers[i] = Gazetteer.Default;
            catalogues[i] = MissileCatalogue.Default;
            holders[i] = Officeholders.Default;
        });
        Assert.All(gazetteers, g => Assert.Same(gazetteers[0], g));
        Assert.All(catalogues, c => Assert.Same(catalogues[0], c));
        Assert.All(holders, h => Assert.Same(holders[0], h));
    }

    [Fact]
    public void Concurrent_searches_give_the_same_answers_as_sequential_ones()
    {
        string[] texts =
        [
            "Missiles flew from Jagang into the East Sea, Prime Minister Kishida said.",
            "A Hwasongpho-18 rose from Sunan; President Yoon Suk Yeol met advisers.",
            "Tongchang-ri hosted an Unha-3 launch.",
        ];
        var expected = texts.Select(Describe).ToArray();
        var results = new string[300];
        Parallel.For(0, results.Length, i => results[i] = Describe(texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    private static string Describe(string text) => string.Join(";",
        Gazetteer.Default.FindAll(text).Select(m => $"{m.Place.Name}@{m.Start}")
            .Concat(Gazetteer.Default.FindSeas(text).Select(m => $"{m.Place.Name}@{m.Start}"))
            .Concat(MissileCatalogue.Default.FindAll(text).Select(m => $"{m.Missile.Name}@{m.Start}"))
            .Concat(Officeholders.Default.FindAll(text).Select(m => $"{m.Holder.Name}@{m.Start}")));
}
