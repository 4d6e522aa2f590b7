namespace Apogee.Extraction.Tests;

/// <summary>Generalisation rows, first half: wire, KCNA, numbers, counts, times, attribution, other launchers. Synthetic text written for the tests; see <see cref="GeneralisationTests"/>.</summary>
internal static class GeneralisationReportsA
{
    public static readonly (string Name, string? Published, string Text, string Expected)[] All =
    [
        (
            "yonhap-sunan", "2023-03-10",
            "SEOUL, March 10 (Yonhap) -- North Korea fired two short-range ballistic missiles toward the East Sea on Friday, South Korea's military said.\n" +
            "The Joint Chiefs of Staff said it detected the launch from the Sunan area in Pyongyang at around 7:27 a.m.\n" +
            "The missiles flew some 620 km at an apogee of about 50 km, the JCS said.",
            "date=2023-03-10;weekday=Friday;time=07:27;count=2;rc=SRBM;cat=ballistic;site=Sunan;range=620;apogee=50;src.range_km=South Korea"
        ),
        (
            "ap-washington-gmt", "2023-04-11",
            "WASHINGTON (AP) - North Korea launched an intercontinental ballistic missile Tuesday evening, U.S. officials said.\n" +
            "The missile lifted off at 7:27 a.m. Wednesday local time (2227 GMT Tuesday) and flew for about 70 minutes, reaching an altitude of more than 6,000 kilometers, according to Japan's Defense Ministry.\n" +
            "Tokyo said it came down inside Japan's exclusive economic zone.",
            "date=2023-04-11|2023-04-12;time=07:27;count=1;rc=ICBM;flight=70;apogee=6000;eez=inside;src.apogee_km=Japan"
        ),
        (
            "kyodo-overflight", "2022-11-03",
            "TOKYO, Nov. 3 (Kyodo) -- North Korea launched a ballistic missile Thursday morning that flew over Japan, prompting the government to issue warnings to residents.\n" +
            "Chief Cabinet Secretary Hirokazu Matsuno said the missile flew about 750 kilometers and reached a maximum altitude of around 2,000 km.\n" +
            "It was fired at 7:40 a.m. from near Tongchang-ri, according to Japan's Defense Ministry.",
            "date=2022-11-03;weekday=Thursday;part=morning;time=07:40;count=1;range=750;apogee=2000;src.range_km=Japan;site=Sohae Satellite Launching Station"
        ),
        (
            "kcna-test-fire", "2024-05-05",
            "Pyongyang, May 5 (KCNA) -- The Missile Administration of the DPRK conducted a test-fire of a new-type tactical ballistic missile on Thursday.\n" +
            "The missile flew 300 km and accurately hit a target island in the East Sea of Korea.",
            "date=2024-05-02;weekday=Thursday;count=1;cat=ballistic;range=300;src.range_km=North Korea"
        ),
        (
            "nautical-miles", "2023-07-15",
            "North Korea launched two ballistic missiles on Saturday that flew about 217 nautical miles, Japan's coast guard said.\n" +
            "The missiles flew as high as 31 miles, the Pentagon said.",
            "date=2023-07-15;count=2;range=402;apogee=50;src.range_km=Japan;src.apogee_km=United States"
        ),
        (
            "speed-of-sound", "2022-01-12",
            "North Korea fired a hypersonic missile on Tuesday, officials in Seoul said.\n" +
            "The missile flew 700 km at 10 times the speed of sound, Seoul's military said.",
            "date=2022-01-11;count=1;cat=hypersonic;mach=10;range=700;src.speed_mach=South Korea"
        ),
        (
            "between-range", "2023-06-16",
            "North Korea fired a short-range ballistic missile early Thursday, South Korea's Joint Chiefs of Staff said.\n" +
            "The projectile flew between 600 and 700 km before splashing down in the sea, the JCS said.",
            "date=2023-06-15;part=morning;count=1;range=600|700"
        ),
        (
            "barrage", "2024-01-06",
            "North Korea fired a barrage of artillery rockets from multiple rocket launchers near the border island of Yeonpyeong on Friday, the military said.",
            "count=2+;cat=rocket_artillery;date=2024-01-05"
        ),
        (
            "several-cruise", "2023-09-02",
            "North Korea fired several cruise missiles off its west coast on Saturday, South Korea's military said.\n" +
            "The missiles flew for about two hours, the JCS said.",
            "count=2+;cat=cruise;date=2023-09-02;flight=120"
        ),
        (
            "one-and-another", "2022-05-08",
            "North Korea fired one ballistic missile at 6:10 a.m. Saturday and another an hour later, the Joint Chiefs of Staff said.",
            "count=2;date=2022-05-07;time=06:10"
        ),
        (
            "shortly-after", "2023-12-18",
            "North Korea fired a long-range ballistic missile shortly after 8 a.m. on Monday, South Korea's military said.",
            "time=08:00;date=2023-12-18;part=morning"
        ),
        (
            "gmt-in-parentheses", "2022-03-24",
            "North Korea fired a missile at 2:34 p.m. (0534 GMT) on Thursday, South Korea's military said.\n" +
            "The missile flew about 1,080 km and reached an altitude of 6,200 km, Japan's defense ministry said.",
            "time=14:34;date=2022-03-24;part=afternoon;range=1080;apogee=6200;src.apogee_km=Japan"
        ),
        (
            "counterfactual", "2023-02-19",
            "North Korea launched an intercontinental ballistic missile on Saturday that flew for 66 minutes, Japan's defense ministry said.\n" +
            "If fired at a normal angle, the missile could travel 14,000 km, enough to reach the entire U.S. mainland, analysts said.\n" +
            "The missile reached a maximum altitude of about 5,700 km, Tokyo said.",
            "date=2023-02-18;flight=66;apogee=5700;range=null;rc=ICBM"
        ),
        (
            "nhk-citing", "2023-08-24",
            "North Korea launched a rocket carrying a satellite early Thursday, NHK reported, citing government sources.\n" +
            "Japan's government issued an emergency alert for Okinawa.",
            "cat=space_launch;date=2023-08-24;count=1;src.category=media"
        ),
        (
            "senior-us-official", "2023-12-18",
            "North Korea launched an intercontinental ballistic missile on Monday, a senior U.S. official told reporters.",
            "rc=ICBM;src.range_class=United States;date=2023-12-18"
        ),
        (
            "submarine", "2022-05-07",
            "North Korea fired what appeared to be a submarine-launched ballistic missile from waters off Sinpo on Saturday, the South Korean military said.",
            "basing=submarine;date=2022-05-07;count=1"
        ),
        (
            "train", "2022-01-15",
            "North Korea fired two ballistic missiles from a train in North Pyongan province on Friday, state media reported.",
            "basing=rail;count=2;date=2022-01-14;src.count=North Korea"
        ),
        (
            "iran-satellite", "2024-01-21",
            "Iran launched a satellite carrier rocket on Saturday, state media reported, a move Western officials have criticized.",
            "actor=Iran;cat=space_launch;date=2024-01-20"
        ),
        (
            "russia-icbm", "2023-04-12",
            "Russia test-fired an intercontinental ballistic missile from the Kapustin Yar range on Tuesday, its defense ministry said.",
            "actor=Russia;rc=ICBM;date=2023-04-11"
        ),
        (
            "houthi", "2024-09-16",
            "Yemen's Houthi rebels fired a ballistic missile at central Israel on Sunday, the Israeli military said.",
            "actor=Houthis;cat=ballistic;date=2024-09-15"
        ),
        (
            "china-pacific", "2024-09-25",
            "China fired an intercontinental ballistic missile carrying a dummy warhead into the Pacific Ocean on Wednesday, its defence ministry said.",
            "actor=China;rc=ICBM;date=2024-09-25"
        ),
        (
            "reference-earlier", "2023-12-18",
            "North Korea fired a solid-fuel intercontinental ballistic missile on Monday, South Korea's military said.\n" +
            "It was the North's first ICBM launch since it tested a Hwasong-18 on July 12.",
            "date=2023-12-18;refs=2023-07-12"
        ),
        (
            "the-military", "2024-01-14",
            "North Korea fired a suspected intermediate-range ballistic missile into the East Sea on Sunday afternoon, the military said.\n" +
            "The missile flew about 1,000 km, the military added.",
            "rc=IRBM;date=2024-01-14;part=afternoon;range=1000;src.range_km=South Korea"
        ),
        (
            "xinhua-dprk", "2024-01-15",
            "PYONGYANG, Jan. 15 (Xinhua) -- The Democratic People's Republic of Korea (DPRK) test-fired a new-type hypersonic missile on Sunday, the official Korean Central News Agency reported Monday.",
            "date=2024-01-14;cat=hypersonic;actor=North Korea;src.category=North Korea"
        ),
        (
            "no-published-officeholders", null,
            "North Korea fired a ballistic missile on Wednesday, South Korea's military said. Prime Minister Shigeru Ishiba told reporters the government was gathering information.",
            "date=2024-10-01..2025-10-21"
        ),
        (
            "mach-top-speed", "2024-04-03",
            "North Korea fired an intermediate-range hypersonic missile on Tuesday, Seoul said.\n" +
            "The missile reached a top speed of Mach 12 and flew about 600 km, Japan's defense ministry said.",
            "mach=12;range=600;rc=IRBM;date=2024-04-02;src.speed_mach=Japan"
        ),
        (
            "less-than-altitude", "2022-09-29",
            "North Korea fired two short-range ballistic missiles on Thursday evening, South Korea's Joint Chiefs of Staff said.\n" +
            "The missiles flew about 300 km at an altitude of less than 50 km, the JCS said.",
            "part=evening;count=2;range=300;apogee=50;date=2022-09-29"
        ),
        (
            "two-and-one-more", "2022-11-02",
            "North Korea fired two ballistic missiles in the morning and one more in the afternoon on Wednesday, the JCS said.",
            "count=3;date=2022-11-02"
        ),
        (
            "pyongyang-time", "2017-08-29",
            "North Korea fired a ballistic missile at 5:57 a.m. Pyongyang time on Tuesday that flew over Hokkaido, Japan's government said.",
            "time=05:57;date=2017-08-29;part=morning|night"
        ),
        (
            "local-night", "2023-07-12",
            "North Korea launched a cruise missile at 11:05 p.m. local time on Tuesday, the military said.",
            "time=23:05;part=night;cat=cruise;date=2023-07-11"
        ),
        (
            "background-last-month", "2023-04-14",
            "North Korea launched a new solid-fuel intercontinental ballistic missile on Thursday morning, South Korea's military said.\n" +
            "The missile flew about 1,000 km, Japan's defense ministry said.\n" +
            "Last month, the North fired a missile that flew 750 km and reached an altitude of 6,000 km.",
            "range=1000;apogee=null;date=2023-04-13;rc=ICBM"
        ),
        (
            "background-earlier-this-year", "2023-06-15",
            "North Korea fired two short-range ballistic missiles into the sea on Thursday, Seoul's military said.\n" +
            "Earlier this year, the North fired an ICBM that flew for 74 minutes.",
            "flight=null;rc=SRBM;count=2;date=2023-06-15"
        ),
        (
            "caption-bounds", null,
            "North Korea fired a short-range ballistic missile on Monday morning, South Korea's military said.\n" +
            "The launch was the North's first since it fired a cruise missile on March 12, 2023.",
            "date=2023-03-13;weekday=Monday"
        ),
        (
            "jagang-province", "2024-01-14",
            "North Korea fired a ballistic missile from the Pyongyang area toward the East Sea on Sunday, the Joint Chiefs of Staff said.\n" +
            "It was launched at around 2:55 p.m., the JCS said.",
            "time=14:55;part=afternoon;site=Pyongyang;date=2024-01-14"
        ),
        (
            "chinese-border", "2022-03-05",
            "North Korea fired a ballistic missile from near its border with China on Saturday, South Korea's military said.",
            "site=Northwest;date=2022-03-05"
        ),
        (
            "hwasong-name", "2024-11-01",
            "North Korea said it had test-fired its new Hwasong-19 intercontinental ballistic missile on Thursday, calling it the final version of its ICBM.",
            "name=Hwasong-19;rc=ICBM;date=2024-10-31"
        ),
        (
            "kn-designation", "2019-05-10",
            "North Korea fired two short-range missiles, which U.S. officials identified as KN-23s, on Thursday afternoon, the Pentagon said.",
            "count=2;name=Hwasong-11A;date=2019-05-09;part=afternoon"
        ),
        (
            "indopacom", "2023-07-19",
            "North Korea fired two ballistic missiles on Wednesday, the U.S. Indo-Pacific Command said in a statement.\n" +
            "The missiles flew about 550 km, according to the command.",
            "count=2;src.count=United States;date=2023-07-19"
        ),
        (
            "joongang-source", "2023-03-15",
            "North Korea fired a ballistic missile on Tuesday that flew about 600 km, a military source told the JoongAng Ilbo.",
            "range=600;src.range_km=media;date=2023-03-14"
        ),
        (
            "it-added", "2022-10-07",
            "North Korea fired two short-range ballistic missiles on Thursday, the Joint Chiefs of Staff said in a text message to reporters.\n" +
            "It added that the first missile flew about 350 km at an apogee of 80 km.",
            "apogee=80;range=350;src.apogee_km=South Korea;date=2022-10-06"
        ),
        (
            "prime-minister", "2023-04-13",
            "North Korea fired a ballistic missile on Thursday that landed outside Japan's exclusive economic zone, the prime minister told reporters.",
            "eez=outside;src.eez=Japan;date=2023-04-13"
        ),
        (
            "korea-herald-sohae", "2023-11-22",
            "North Korea launched a military reconnaissance satellite from the Sohae Satellite Launching Station late Tuesday, the military said.",
            "cat=space_launch;site=Sohae Satellite Launching Station;date=2023-11-21"
        ),
        (
            "neg-drill-simulating", "2023-03-20",
            "Kim Jong Un oversaw a drill simulating a nuclear counterattack, state media said, without reporting any launch.",
            "rel=false"
        ),
        (
            "neg-joint-drills", "2023-03-13",
            "South Korea and the United States started their largest joint military exercises in years on Monday.",
            "rel=false"
        ),
        (
            "neg-sanctions-reference", "2023-01-20",
            "The United States imposed new sanctions on three North Korean officials on Friday over the country's missile launches last year.",
            "rel=false"
        ),
        (
            "headline-test-launches", "2023-03-16",
            "N. Korea test-launches ICBM toward East Sea: JCS\n" +
            "North Korea test-launched an intercontinental ballistic missile on Thursday, the Joint Chiefs of Staff said.",
            "rc=ICBM;date=2023-03-16;count=1"
        ),
        (
            "flying-range", "2022-06-05",
            "North Korea fired eight short-range ballistic missiles on Sunday, flying between 110 and 670 km, South Korea's military said.",
            "count=8;range=110|670;date=2022-06-05"
        ),
        (
            "rising-altitude-after", "2022-11-18",
            "North Korea fired an intercontinental ballistic missile on Friday that flew about 1,000 km on a lofted trajectory, rising to 6,100 km, Japan's defense ministry said.\n" +
            "The missile flew 1,000 km and reached 6,100 km altitude before falling into the sea, Tokyo said.",
            "range=1000;apogee=6100;date=2022-11-18;rc=ICBM"
        ),
        (
            "has-a-range", "2023-06-15",
            "North Korea fired two short-range ballistic missiles on Thursday, the JCS said.\n" +
            "The missiles, believed to be KN-23s, have a range of about 600 km, analysts said.",
            "range=null;count=2;date=2023-06-15"
        ),
        (
            "miles-and-km", "2022-10-04",
            "North Korea fired a ballistic missile over Japan on Tuesday that flew about 2,800 miles (4,500 kilometers), the longest distance ever, officials said.",
            "range=4500;date=2022-10-04"
        ),
        (
            "a-46-minute-flight", "2021-10-19",
            "North Korea fired a ballistic missile into the sea on Tuesday after a 46-minute flight, Japan's defense ministry said.",
            "flight=46;date=2021-10-19;src.flight_time_min=Japan"
        ),
        (
            "pre-dawn", "2022-01-05",
            "North Korea fired a suspected ballistic missile in the pre-dawn hours of Wednesday, Seoul's military said.",
            "part=morning|night;date=2022-01-05"
        ),
    ];
}
