namespace Apogee.Extraction.Tests;

/// <summary>Generalisation rows, second half: more phrasings, sites, references, background and negatives. Synthetic text written for the tests; see <see cref="GeneralisationTests"/>.</summary>
internal static class GeneralisationReportsB
{
    public static readonly (string Name, string? Published, string Text, string Expected)[] All =
    [
        (
            "et-time-us-paper", "2022-11-02",
            "North Korea launched a ballistic missile on Thursday, the Pentagon said. The launch happened at about 7:40 p.m. ET on Wednesday.",
            "date=2022-11-02|2022-11-03;time=08:40"
        ),
        (
            "yonhap-cited", "2023-08-30",
            "North Korea fired two short-range ballistic missiles late Wednesday, according to the Yonhap news agency.\n" +
            "The missiles flew about 360 km, Yonhap said, citing the JCS.",
            "count=2;range=360;src.range_km=South Korea;date=2023-08-30"
        ),
        (
            "kcna-kim-observed", "2023-03-17",
            "Pyongyang, March 17 (KCNA) -- Kim Jong Un observed the launching drill of the ICBM Hwasongpho-17 on Thursday.\n" +
            "The missile reached a maximum altitude of 6,045 km and flew 1,000.2 km for 4,151 seconds before landing in the open waters of the East Sea of Korea.",
            "apogee=6045;range=1000.2;flight=69.18;date=2023-03-16;src.apogee_km=North Korea;name=Hwasong-17"
        ),
        (
            "total-of", "2022-11-03",
            "North Korea fired a total of 23 missiles on Wednesday, the most in a single day, South Korea's military said.",
            "count=23;date=2022-11-02"
        ),
        (
            "cruise-flight-time", "2021-09-13",
            "North Korea test-fired new long-range cruise missiles over the weekend that flew for 7,580 seconds along oval and figure-eight flight paths to hit targets 1,500 km away, state media said on Monday.",
            "cat=cruise;flight=126.3;range=1500;date=2021-09-11..2021-09-13|2021-09-12..2021-09-13|2021-09-11..2021-09-12"
        ),
        (
            "fired-by-the-north", "2021-10-19",
            "North Korea fired a short-range ballistic missile on Tuesday, the military said.\n" +
            "South Korea's Joint Chiefs of Staff said in a statement that the projectile launched by the North traveled about 250 miles.\n" +
            "The launch took place near the coastal town of Sinpo, where analysts have seen signs of submarine work by the North.",
            "range=402;src.range_km=South Korea;only.site=South Korea|unattributed;site=Sinpo"
        ),
        (
            "statement-after-pyongyang-fired", "2022-01-30",
            "North Korea fired multiple ballistic missiles toward the East Sea on Sunday morning.\n" +
            "The Indo-Pacific Command issued a statement after Pyongyang fired multiple ballistic missiles on Sunday morning, calling the launch destabilizing.",
            "count=2+;only.count=unattributed|United States;date=2022-01-30"
        ),
        (
            "kcna-dprk-defence-ministry", "2024-11-01",
            "Pyongyang, October 31 (KCNA) -- A spokesman for the Ministry of National Defence of the Democratic People's Republic of Korea said in a statement that an ICBM test-fire was conducted on Thursday morning.",
            "only.range_class=North Korea;only.count=North Korea;date=2024-10-31;rc=ICBM"
        ),
        (
            "kcna-spaced-decimals", "2017-05-15",
            "Pyongyang, May 15 (KCNA) -- The DPRK conducted a test-fire of a new-type ground-to-ground medium long-range strategic ballistic rocket on Sunday.\n" +
            "The rocket flew 787km to hit the target in the open sea after reaching the maximum altitude of 2 111. 5km along its planned trajectory.",
            "apogee=2111.5;range=787;date=2017-05-14;src.apogee_km=North Korea"
        ),
        (
            "mlrs-test-no-count", "2024-09-13",
            "Pyongyang, September 13 (KCNA) -- Kim Jong Un oversaw the test-fire of an upgraded 240mm multiple rocket launcher system on Thursday.",
            "count=2+;cat=rocket_artillery;date=2024-09-12"
        ),
        (
            "satellite-icbm-background", "2023-05-31",
            "North Korea launched a rocket carrying a military spy satellite on Wednesday, but it crashed into the sea, Seoul said.\n" +
            "Experts say satellite launches use the same technology as intercontinental ballistic missiles (ICBMs).",
            "cat=space_launch;rc=null;date=2023-05-31"
        ),
        (
            "warning-before-verb", "2023-04-13",
            "Japan issued an emergency warning to residents of Hokkaido after North Korea fired a ballistic missile on Thursday morning.",
            "rel=true;date=2023-04-13;part=morning;count=1"
        ),
        (
            "condemned-lead", "2022-10-04",
            "Seoul and Washington condemned North Korea's launch of a ballistic missile over Japan on Tuesday.\n" +
            "The missile flew about 4,600 km at a maximum altitude of 970 km, the Joint Chiefs of Staff said.",
            "rel=true;range=4600;apogee=970;date=2022-10-04"
        ),
        (
            "south-korea-responds", "2022-10-05",
            "North Korea fired a ballistic missile over Japan on Tuesday, Japan's government said.\n" +
            "In response, South Korea and the United States fired four ATACMS surface-to-surface missiles into the sea on Wednesday.",
            "actor=North Korea;count=1;date=2022-10-04"
        ),
        (
            "ahead-of-visit", "2023-07-12",
            "North Korea fired a long-range ballistic missile on Wednesday, days ahead of a planned summit, South Korea's military said.",
            "rel=true;date=2023-07-12"
        ),
        (
            "japan-defense-minister", "2024-06-26",
            "North Korea launched a ballistic missile on Wednesday morning, Japan's Defense Minister Minoru Kihara told reporters, adding that it fell inside North Korean territory.",
            "src.count=Japan;date=2024-06-26;part=morning"
        ),
        (
            "late-analysis-explicit-date", "2023-08-01",
            "North Korea fired a Hwasong-18 intercontinental ballistic missile on July 12 that flew for 74 minutes, Japan's defense ministry said.",
            "date=2023-07-12;flight=74;name=Hwasong-18"
        ),
        (
            "dateline-today", "2022-03-24",
            "SEOUL, March 24 (Reuters) - North Korea fired what appeared to be an intercontinental ballistic missile today, South Korea's military said.",
            "date=2022-03-24;rc=ICBM"
        ),
        (
            "yesterday", "2022-03-25",
            "North Korea fired its biggest intercontinental ballistic missile yesterday, state media said, calling it a Hwasong-17.",
            "date=2022-03-24;name=Hwasong-17;src.range_class=North Korea"
        ),
        (
            "tested-verb", "2022-01-06",
            "North Korea tested a new hypersonic missile on Wednesday, state media said, the first such test in months.",
            "rel=true;cat=hypersonic;date=2022-01-05;src.category=North Korea"
        ),
        (
            "bbc-time-style", "2023-07-12",
            "North Korea has fired a long-range ballistic missile at about 10.00am local time (01:00 GMT) on Wednesday, according to South Korea's military.",
            "time=10:00;part=morning;date=2023-07-12;src.time_local=South Korea"
        ),
        (
            "wonsan-city", "2021-03-25",
            "North Korea fired two ballistic missiles from the North's eastern coastal town of Hamju, near Wonsan, on Thursday, the JCS said.",
            "count=2;site=Hamju|Wonsan;date=2021-03-25"
        ),
        (
            "neg-engine-tested", "2022-12-16",
            "North Korea tested a high-thrust solid-fuel engine for a new strategic missile on Thursday, state media said.",
            "rel=false"
        ),
        (
            "hour-and-minutes", "2023-07-12",
            "North Korea fired a solid-fuel ICBM on Wednesday that flew for 1 hour and 14 minutes, Japan's defense ministry said.",
            "flight=74;date=2023-07-12"
        ),
        (
            "more-than-an-hour", "2023-03-22",
            "North Korea fired four cruise missiles on Wednesday that flew for more than an hour over the East Sea, the JCS said.",
            "flight=60;count=4;cat=cruise;date=2023-03-22"
        ),
        (
            "russia-source", "2023-11-03",
            "Russia test-launched a Bulava intercontinental ballistic missile from a submarine in the White Sea on Thursday, Russia's defence ministry said.",
            "actor=Russia;basing=submarine;src.basing=Russia;date=2023-11-02"
        ),
        (
            "similar-to-one-fired-in-march", "2023-06-15",
            "North Korea fired a ballistic missile on Thursday that flew about 780 km, Seoul's military said.\n" +
            "The missile appeared similar to one fired in March that flew 600 km and reached an altitude of 50 km.",
            "range=780;apogee=null;date=2023-06-15"
        ),
        (
            "third-this-year", "2023-06-15",
            "North Korea fired a ballistic missile on Thursday, Seoul's military said.\n" +
            "Thursday's launch, the third this year, flew 780 km, the JCS said.",
            "range=780;date=2023-06-15;src.range_km=South Korea"
        ),
        (
            "jagang-province", "2024-04-02",
            "North Korea fired a suspected intermediate-range ballistic missile from Jagang province toward the East Sea on Tuesday morning, the JCS said.",
            "site=Jagang;rc=IRBM;date=2024-04-02;part=morning"
        ),
        (
            "kaechon-in-province", "2022-03-05",
            "North Korea fired a ballistic missile from the Kaechon area of South Pyongan Province on Saturday, the Joint Chiefs of Staff said.",
            "site=Kaechon;date=2022-03-05"
        ),
        (
            "near-the-capital", "2022-01-27",
            "The missiles were launched from an area near the capital, Pyongyang, at around 8 a.m. Thursday, South Korea's military said.",
            "site=Pyongyang;time=08:00;date=2022-01-27;count=2+"
        ),
        (
            "reference-on-date", "2024-01-14",
            "North Korea fired a ballistic missile into the East Sea on Sunday, the military said.\n" +
            "The launch was the North's first since it tested a solid-fuel Hwasong-18 ICBM on Dec. 18.",
            "date=2024-01-14;refs=2023-12-18"
        ),
        (
            "reference-last-weekday", "2022-01-14",
            "North Korea fired two ballistic missiles on Friday, Seoul said.\n" +
            "The launch came days after the North fired a hypersonic missile last Tuesday.",
            "date=2022-01-14;refs=2022-01-11;count=2"
        ),
        (
            "said-tuesday-launch-monday", "2023-03-14",
            "North Korea fired two cruise missiles from a submarine on Monday, the country's state media said Tuesday.",
            "date=2023-03-13;weekday=Monday;basing=submarine;cat=cruise;count=2"
        ),
        (
            "us-paper-night-et", "2023-07-11",
            "North Korea launched a long-range ballistic missile Tuesday night Eastern time, the Pentagon said.\n" +
            "The missile was fired Wednesday morning local time and flew for 74 minutes, Japan said.",
            "date=2023-07-11|2023-07-12;flight=74;src.flight_time_min=Japan"
        ),
        (
            "guardian-style", "2023-02-18",
            "North Korea has fired an intercontinental ballistic missile towards the sea off Japan's west coast, the latest in a string of tests, officials in Tokyo have said.",
            "rel=true;rc=ICBM;src.range_class=Japan;date=2023-02-17..2023-02-18"
        ),
        (
            "weekday-in-opening-adverbial", "2012-04-14",
            "North Korea's young leader sought to show strength by launching a long-range rocket carrying a satellite.\n" +
            "On Friday, the rocket broke apart about a minute after liftoff and fell into the Yellow Sea, officials said.",
            "weekday=Friday;date=2012-04-13;cat=space_launch"
        ),
        (
            "china-long-march", "2024-06-03",
            "China launched a Long March rocket carrying three satellites from a launch site in Sichuan province on Sunday, state media reported.",
            "actor=China;cat=space_launch;date=2024-06-02"
        ),
        (
            "iran-barrage", "2024-10-02",
            "Iran's Revolutionary Guards fired a barrage of ballistic missiles at Israel on Tuesday night, Israel's military said.",
            "actor=Iran;count=2+;part=night;date=2024-10-01"
        ),
        (
            "neg-nothing-detected", "2023-04-28",
            "South Korea's military said it had not detected any missile launch by North Korea on Friday, despite earlier warnings.",
            "rel=false"
        ),
        (
            "neg-no-launch-yet", "2023-05-30",
            "No missile launch has been detected so far, Japan's defense ministry said on Tuesday.",
            "rel=false"
        ),
        (
            "splashed-down-away", "2022-09-25",
            "North Korea fired a ballistic missile on Sunday that splashed down about 600 km away, Seoul's military said.\n" +
            "The missile flew at a height of 60 km and a speed of Mach 5, the JCS said.",
            "range=600;apogee=60;mach=5;date=2022-09-25"
        ),
        (
            "travelling-km-no-space", "2022-09-28",
            "North Korea launched two short-range ballistic missiles on Wednesday evening, travelling more than 350km at an altitude of 30km, according to Japan's defence ministry.",
            "range=350;apogee=30;count=2;part=evening;src.range_km=Japan"
        ),
        (
            "kcna-seconds", "2023-12-19",
            "Pyongyang, December 19 (KCNA) -- A launching drill of ICBM Hwasongpho-18 was conducted on December 18.\n" +
            "The missile reached the maximum altitude of 6 518.2km and flew 1 002.3km for 4 415s before landing in the preset waters.",
            "date=2023-12-18;apogee=6518.2;range=1002.3;flight=73.58;name=Hwasong-18;src.flight_time_min=North Korea"
        ),
        (
            "background-on-old-date", "2023-11-22",
            "North Korea fired a ballistic missile on Tuesday that flew about 800 km, South Korea's military said.\n" +
            "On March 16, the North fired a Hwasong-17 that reached an altitude of 6,000 km and flew for 69 minutes.",
            "range=800;apogee=null;flight=null;name=null;date=2023-11-21;refs=2023-03-16"
        ),
        (
            "us-minuteman", "2024-06-05",
            "The U.S. Air Force test-launched an unarmed Minuteman III intercontinental ballistic missile from Vandenberg Space Force Base on Tuesday.",
            "actor=United States;rc=ICBM;date=2024-06-04"
        ),
        (
            "neg-nuclear", "2017-09-03",
            "North Korea conducted its sixth nuclear test on Sunday, triggering an earthquake of magnitude 6.3, seismologists said.",
            "rel=false"
        ),
        (
            "neg-artillery", "2024-01-05",
            "North Korea fired more than 200 artillery shells near the western sea border on Friday, prompting evacuation orders on Yeonpyeong island.",
            "rel=false"
        ),
        (
            "neg-engine", "2022-12-16",
            "North Korea conducted a high-thrust solid-fuel engine test at the Sohae site on Thursday, state media said.",
            "rel=false"
        ),
        (
            "neg-satellite-notice", "2023-05-30",
            "North Korea notified Japan's coast guard that it will launch a satellite between May 31 and June 11, Tokyo said on Monday.",
            "rel=false"
        ),
        (
            "neg-parade", "2023-02-09",
            "North Korea displayed about a dozen Hwasong-17 ICBMs at a nighttime military parade in Pyongyang on Wednesday, state media showed.",
            "rel=false"
        ),
        (
            "neg-preparations", "2023-04-05",
            "South Korea's military said on Wednesday it had detected signs that North Korea was preparing to launch a ballistic missile from a submarine.",
            "rel=false"
        ),
    ];
}
