using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Short synthetic reports (written for these tests, no real article's text) in the styles of the outlets that report
/// launches, with hand-written expected values. They guard against rules keyed to the dev set's phrasing.
/// Expectations: "key=value" pairs separated by ";" (see <see cref="Check"/>).
/// </summary>
public class GeneralisationTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    public static TheoryData<string, string?, string, string> Reports => new()
    {
        {
            "yonhap-sunan", "2023-03-10",
            "SEOUL, March 10 (Yonhap) -- North Korea fired two short-range ballistic missiles toward the East Sea on Friday, South Korea's military said.\n" +
            "The Joint Chiefs of Staff said it detected the launch from the Sunan area in Pyongyang at around 7:27 a.m.\n" +
            "The missiles flew some 620 km at an apogee of about 50 km, the JCS said.",
            "date=2023-03-10;weekday=Friday;time=07:27;count=2;rc=SRBM;cat=ballistic;site=Sunan;range=620;apogee=50;src.range_km=South Korea"
        },
        {
            "ap-washington-gmt", "2023-04-11",
            "WASHINGTON (AP) - North Korea launched an intercontinental ballistic missile Tuesday evening, U.S. officials said.\n" +
            "The missile lifted off at 7:27 a.m. Wednesday local time (2227 GMT Tuesday) and flew for about 70 minutes, reaching an altitude of more than 6,000 kilometers, according to Japan's Defense Ministry.\n" +
            "Tokyo said it came down inside Japan's exclusive economic zone.",
            "date=2023-04-11|2023-04-12;time=07:27;count=1;rc=ICBM;flight=70;apogee=6000;eez=inside;src.apogee_km=Japan"
        },
        {
            "kyodo-overflight", "2022-11-03",
            "TOKYO, Nov. 3 (Kyodo) -- North Korea launched a ballistic missile Thursday morning that flew over Japan, prompting the government to issue warnings to residents.\n" +
            "Chief Cabinet Secretary Hirokazu Matsuno said the missile flew about 750 kilometers and reached a maximum altitude of around 2,000 km.\n" +
            "It was fired at 7:40 a.m. from near Tongchang-ri, according to Japan's Defense Ministry.",
            "date=2022-11-03;weekday=Thursday;part=morning;time=07:40;count=1;range=750;apogee=2000;src.range_km=Japan;site=Sohae Satellite Launching Station"
        },
        {
            "kcna-test-fire", "2024-05-05",
            "Pyongyang, May 5 (KCNA) -- The Missile Administration of the DPRK conducted a test-fire of a new-type tactical ballistic missile on Thursday.\n" +
            "The missile flew 300 km and accurately hit a target island in the East Sea of Korea.",
            "date=2024-05-02;weekday=Thursday;count=1;cat=ballistic;range=300;src.range_km=North Korea"
        },
        {
            "nautical-miles", "2023-07-15",
            "North Korea launched two ballistic missiles on Saturday that flew about 217 nautical miles, Japan's coast guard said.\n" +
            "The missiles flew as high as 31 miles, the Pentagon said.",
            "date=2023-07-15;count=2;range=402;apogee=50;src.range_km=Japan;src.apogee_km=United States"
        },
        {
            "speed-of-sound", "2022-01-12",
            "North Korea fired a hypersonic missile on Tuesday, officials in Seoul said.\n" +
            "The missile flew 700 km at 10 times the speed of sound, Seoul's military said.",
            "date=2022-01-11;count=1;cat=hypersonic;mach=10;range=700;src.speed_mach=South Korea"
        },
        {
            "between-range", "2023-06-16",
            "North Korea fired a short-range ballistic missile early Thursday, South Korea's Joint Chiefs of Staff said.\n" +
            "The projectile flew between 600 and 700 km before splashing down in the sea, the JCS said.",
            "date=2023-06-15;part=morning;count=1;range=600|700"
        },
        {
            "barrage", "2024-01-06",
            "North Korea fired a barrage of artillery rockets from multiple rocket launchers near the border island of Yeonpyeong on Friday, the military said.",
            "count=2+;cat=rocket_artillery;date=2024-01-05"
        },
        {
            "several-cruise", "2023-09-02",
            "North Korea fired several cruise missiles off its west coast on Saturday, South Korea's military said.\n" +
            "The missiles flew for about two hours, the JCS said.",
            "count=2+;cat=cruise;date=2023-09-02;flight=120"
        },
        {
            "one-and-another", "2022-05-08",
            "North Korea fired one ballistic missile at 6:10 a.m. Saturday and another an hour later, the Joint Chiefs of Staff said.",
            "count=2;date=2022-05-07;time=06:10"
        },
        {
            "shortly-after", "2023-12-18",
            "North Korea fired a long-range ballistic missile shortly after 8 a.m. on Monday, South Korea's military said.",
            "time=08:00;date=2023-12-18;part=morning"
        },
        {
            "gmt-in-parentheses", "2022-03-24",
            "North Korea fired a missile at 2:34 p.m. (0534 GMT) on Thursday, South Korea's military said.\n" +
            "The missile flew about 1,080 km and reached an altitude of 6,200 km, Japan's defense ministry said.",
            "time=14:34;date=2022-03-24;part=afternoon;range=1080;apogee=6200;src.apogee_km=Japan"
        },
        {
            "counterfactual", "2023-02-19",
            "North Korea launched an intercontinental ballistic missile on Saturday that flew for 66 minutes, Japan's defense ministry said.\n" +
            "If fired at a normal angle, the missile could travel 14,000 km, enough to reach the entire U.S. mainland, analysts said.\n" +
            "The missile reached a maximum altitude of about 5,700 km, Tokyo said.",
            "date=2023-02-18;flight=66;apogee=5700;range=null;rc=ICBM"
        },
        {
            "nhk-citing", "2023-08-24",
            "North Korea launched a rocket carrying a satellite early Thursday, NHK reported, citing government sources.\n" +
            "Japan's government issued an emergency alert for Okinawa.",
            "cat=space_launch;date=2023-08-24;count=1;src.category=media"
        },
        {
            "senior-us-official", "2023-12-18",
            "North Korea launched an intercontinental ballistic missile on Monday, a senior U.S. official told reporters.",
            "rc=ICBM;src.range_class=United States;date=2023-12-18"
        },
        {
            "submarine", "2022-05-07",
            "North Korea fired what appeared to be a submarine-launched ballistic missile from waters off Sinpo on Saturday, the South Korean military said.",
            "basing=submarine;date=2022-05-07;count=1"
        },
        {
            "train", "2022-01-15",
            "North Korea fired two ballistic missiles from a train in North Pyongan province on Friday, state media reported.",
            "basing=rail;count=2;date=2022-01-14;src.count=North Korea"
        },
        {
            "iran-satellite", "2024-01-21",
            "Iran launched a satellite carrier rocket on Saturday, state media reported, a move Western officials have criticized.",
            "actor=Iran;cat=space_launch;date=2024-01-20"
        },
        {
            "russia-icbm", "2023-04-12",
            "Russia test-fired an intercontinental ballistic missile from the Kapustin Yar range on Tuesday, its defense ministry said.",
            "actor=Russia;rc=ICBM;date=2023-04-11"
        },
        {
            "houthi", "2024-09-16",
            "Yemen's Houthi rebels fired a ballistic missile at central Israel on Sunday, the Israeli military said.",
            "actor=Houthis;cat=ballistic;date=2024-09-15"
        },
        {
            "china-pacific", "2024-09-25",
            "China fired an intercontinental ballistic missile carrying a dummy warhead into the Pacific Ocean on Wednesday, its defence ministry said.",
            "actor=China;rc=ICBM;date=2024-09-25"
        },
        {
            "reference-earlier", "2023-12-18",
            "North Korea fired a solid-fuel intercontinental ballistic missile on Monday, South Korea's military said.\n" +
            "It was the North's first ICBM launch since it tested a Hwasong-18 on July 12.",
            "date=2023-12-18;refs=2023-07-12"
        },
        {
            "the-military", "2024-01-14",
            "North Korea fired a suspected intermediate-range ballistic missile into the East Sea on Sunday afternoon, the military said.\n" +
            "The missile flew about 1,000 km, the military added.",
            "rc=IRBM;date=2024-01-14;part=afternoon;range=1000;src.range_km=South Korea"
        },
        {
            "xinhua-dprk", "2024-01-15",
            "PYONGYANG, Jan. 15 (Xinhua) -- The Democratic People's Republic of Korea (DPRK) test-fired a new-type hypersonic missile on Sunday, the official Korean Central News Agency reported Monday.",
            "date=2024-01-14;cat=hypersonic;actor=North Korea;src.category=North Korea"
        },
        {
            "no-published-officeholders", null,
            "North Korea fired a ballistic missile on Wednesday, South Korea's military said. Prime Minister Shigeru Ishiba told reporters the government was gathering information.",
            "date=2024-10-01..2025-10-21"
        },
        {
            "mach-top-speed", "2024-04-03",
            "North Korea fired an intermediate-range hypersonic missile on Tuesday, Seoul said.\n" +
            "The missile reached a top speed of Mach 12 and flew about 600 km, Japan's defense ministry said.",
            "mach=12;range=600;rc=IRBM;date=2024-04-02;src.speed_mach=Japan"
        },
        {
            "less-than-altitude", "2022-09-29",
            "North Korea fired two short-range ballistic missiles on Thursday evening, South Korea's Joint Chiefs of Staff said.\n" +
            "The missiles flew about 300 km at an altitude of less than 50 km, the JCS said.",
            "part=evening;count=2;range=300;apogee=50;date=2022-09-29"
        },
        {
            "two-and-one-more", "2022-11-02",
            "North Korea fired two ballistic missiles in the morning and one more in the afternoon on Wednesday, the JCS said.",
            "count=3;date=2022-11-02"
        },
        {
            "pyongyang-time", "2017-08-29",
            "North Korea fired a ballistic missile at 5:57 a.m. Pyongyang time on Tuesday that flew over Hokkaido, Japan's government said.",
            "time=05:57;date=2017-08-29;part=morning|night"
        },
        {
            "local-night", "2023-07-12",
            "North Korea launched a cruise missile at 11:05 p.m. local time on Tuesday, the military said.",
            "time=23:05;part=night;cat=cruise;date=2023-07-11"
        },
        {
            "background-last-month", "2023-04-14",
            "North Korea launched a new solid-fuel intercontinental ballistic missile on Thursday morning, South Korea's military said.\n" +
            "The missile flew about 1,000 km, Japan's defense ministry said.\n" +
            "Last month, the North fired a missile that flew 750 km and reached an altitude of 6,000 km.",
            "range=1000;apogee=null;date=2023-04-13;rc=ICBM"
        },
        {
            "background-earlier-this-year", "2023-06-15",
            "North Korea fired two short-range ballistic missiles into the sea on Thursday, Seoul's military said.\n" +
            "Earlier this year, the North fired an ICBM that flew for 74 minutes.",
            "flight=null;rc=SRBM;count=2;date=2023-06-15"
        },
        {
            "caption-bounds", null,
            "North Korea fired a short-range ballistic missile on Monday morning, South Korea's military said.\n" +
            "The launch was the North's first since it fired a cruise missile on March 12, 2023.",
            "date=2023-03-13;weekday=Monday"
        },
        {
            "jagang-province", "2024-01-14",
            "North Korea fired a ballistic missile from the Pyongyang area toward the East Sea on Sunday, the Joint Chiefs of Staff said.\n" +
            "It was launched at around 2:55 p.m., the JCS said.",
            "time=14:55;part=afternoon;site=Pyongyang;date=2024-01-14"
        },
        {
            "chinese-border", "2022-03-05",
            "North Korea fired a ballistic missile from near its border with China on Saturday, South Korea's military said.",
            "site=Northwest;date=2022-03-05"
        },
        {
            "hwasong-name", "2024-11-01",
            "North Korea said it had test-fired its new Hwasong-19 intercontinental ballistic missile on Thursday, calling it the final version of its ICBM.",
            "name=Hwasong-19;rc=ICBM;date=2024-10-31"
        },
        {
            "kn-designation", "2019-05-10",
            "North Korea fired two short-range missiles, which U.S. officials identified as KN-23s, on Thursday afternoon, the Pentagon said.",
            "count=2;name=Hwasong-11A;date=2019-05-09;part=afternoon"
        },
        {
            "indopacom", "2023-07-19",
            "North Korea fired two ballistic missiles on Wednesday, the U.S. Indo-Pacific Command said in a statement.\n" +
            "The missiles flew about 550 km, according to the command.",
            "count=2;src.count=United States;date=2023-07-19"
        },
        {
            "joongang-source", "2023-03-15",
            "North Korea fired a ballistic missile on Tuesday that flew about 600 km, a military source told the JoongAng Ilbo.",
            "range=600;src.range_km=media;date=2023-03-14"
        },
        {
            "it-added", "2022-10-07",
            "North Korea fired two short-range ballistic missiles on Thursday, the Joint Chiefs of Staff said in a text message to reporters.\n" +
            "It added that the first missile flew about 350 km at an apogee of 80 km.",
            "apogee=80;range=350;src.apogee_km=South Korea;date=2022-10-06"
        },
        {
            "prime-minister", "2023-04-13",
            "North Korea fired a ballistic missile on Thursday that landed outside Japan's exclusive economic zone, the prime minister told reporters.",
            "eez=outside;src.eez=Japan;date=2023-04-13"
        },
        {
            "korea-herald-sohae", "2023-11-22",
            "North Korea launched a military reconnaissance satellite from the Sohae Satellite Launching Station late Tuesday, the military said.",
            "cat=space_launch;site=Sohae Satellite Launching Station;date=2023-11-21"
        },
        {
            "neg-drill-simulating", "2023-03-20",
            "Kim Jong Un oversaw a drill simulating a nuclear counterattack, state media said, without reporting any launch.",
            "rel=false"
        },
        {
            "neg-joint-drills", "2023-03-13",
            "South Korea and the United States started their largest joint military exercises in years on Monday.",
            "rel=false"
        },
        {
            "neg-sanctions-reference", "2023-01-20",
            "The United States imposed new sanctions on three North Korean officials on Friday over the country's missile launches last year.",
            "rel=false"
        },
        {
            "headline-test-launches", "2023-03-16",
            "N. Korea test-launches ICBM toward East Sea: JCS\n" +
            "North Korea test-launched an intercontinental ballistic missile on Thursday, the Joint Chiefs of Staff said.",
            "rc=ICBM;date=2023-03-16;count=1"
        },
        {
            "flying-range", "2022-06-05",
            "North Korea fired eight short-range ballistic missiles on Sunday, flying between 110 and 670 km, South Korea's military said.",
            "count=8;range=110|670;date=2022-06-05"
        },
        {
            "rising-altitude-after", "2022-11-18",
            "North Korea fired an intercontinental ballistic missile on Friday that flew about 1,000 km on a lofted trajectory, rising to 6,100 km, Japan's defense ministry said.\n" +
            "The missile flew 1,000 km and reached 6,100 km altitude before falling into the sea, Tokyo said.",
            "range=1000;apogee=6100;date=2022-11-18;rc=ICBM"
        },
        {
            "has-a-range", "2023-06-15",
            "North Korea fired two short-range ballistic missiles on Thursday, the JCS said.\n" +
            "The missiles, believed to be KN-23s, have a range of about 600 km, analysts said.",
            "range=null;count=2;date=2023-06-15"
        },
        {
            "miles-and-km", "2022-10-04",
            "North Korea fired a ballistic missile over Japan on Tuesday that flew about 2,800 miles (4,500 kilometers), the longest distance ever, officials said.",
            "range=4500;date=2022-10-04"
        },
        {
            "a-46-minute-flight", "2021-10-19",
            "North Korea fired a ballistic missile into the sea on Tuesday after a 46-minute flight, Japan's defense ministry said.",
            "flight=46;date=2021-10-19;src.flight_time_min=Japan"
        },
        {
            "pre-dawn", "2022-01-05",
            "North Korea fired a suspected ballistic missile in the pre-dawn hours of Wednesday, Seoul's military said.",
            "part=morning|night;date=2022-01-05"
        },
        {
            "et-time-us-paper", "2022-11-02",
            "North Korea launched a ballistic missile on Thursday, the Pentagon said. The launch happened at about 7:40 p.m. ET on Wednesday.",
            "date=2022-11-02|2022-11-03;time=null"
        },
        {
            "yonhap-cited", "2023-08-30",
            "North Korea fired two short-range ballistic missiles late Wednesday, according to the Yonhap news agency.\n" +
            "The missiles flew about 360 km, Yonhap said, citing the JCS.",
            "count=2;range=360;src.range_km=South Korea;date=2023-08-30"
        },
        {
            "kcna-kim-observed", "2023-03-17",
            "Pyongyang, March 17 (KCNA) -- Kim Jong Un observed the launching drill of the ICBM Hwasongpho-17 on Thursday.\n" +
            "The missile reached a maximum altitude of 6,045 km and flew 1,000.2 km for 4,151 seconds before landing in the open waters of the East Sea of Korea.",
            "apogee=6045;range=1000.2;flight=69.18;date=2023-03-16;src.apogee_km=North Korea;name=Hwasong-17"
        },
        {
            "total-of", "2022-11-03",
            "North Korea fired a total of 23 missiles on Wednesday, the most in a single day, South Korea's military said.",
            "count=23;date=2022-11-02"
        },
        {
            "cruise-flight-time", "2021-09-13",
            "North Korea test-fired new long-range cruise missiles over the weekend that flew for 7,580 seconds along oval and figure-eight flight paths to hit targets 1,500 km away, state media said on Monday.",
            "cat=cruise;flight=126.3;range=1500;date=2021-09-11..2021-09-13|2021-09-12..2021-09-13|2021-09-11..2021-09-12"
        },
        {
            "fired-by-the-north", "2021-10-19",
            "North Korea fired a short-range ballistic missile on Tuesday, the military said.\n" +
            "South Korea's Joint Chiefs of Staff said in a statement that the projectile launched by the North traveled about 250 miles.\n" +
            "The launch took place near the coastal town of Sinpo, where analysts have seen signs of submarine work by the North.",
            "range=402;src.range_km=South Korea;only.site=South Korea|unattributed;site=Sinpo"
        },
        {
            "statement-after-pyongyang-fired", "2022-01-30",
            "North Korea fired multiple ballistic missiles toward the East Sea on Sunday morning.\n" +
            "The Indo-Pacific Command issued a statement after Pyongyang fired multiple ballistic missiles on Sunday morning, calling the launch destabilizing.",
            "count=2+;only.count=unattributed|United States;date=2022-01-30"
        },
        {
            "kcna-dprk-defence-ministry", "2024-11-01",
            "Pyongyang, October 31 (KCNA) -- A spokesman for the Ministry of National Defence of the Democratic People's Republic of Korea said in a statement that an ICBM test-fire was conducted on Thursday morning.",
            "only.range_class=North Korea;only.count=North Korea;date=2024-10-31;rc=ICBM"
        },
        {
            "kcna-spaced-decimals", "2017-05-15",
            "Pyongyang, May 15 (KCNA) -- The DPRK conducted a test-fire of a new-type ground-to-ground medium long-range strategic ballistic rocket on Sunday.\n" +
            "The rocket flew 787km to hit the target in the open sea after reaching the maximum altitude of 2 111. 5km along its planned trajectory.",
            "apogee=2111.5;range=787;date=2017-05-14;src.apogee_km=North Korea"
        },
        {
            "mlrs-test-no-count", "2024-09-13",
            "Pyongyang, September 13 (KCNA) -- Kim Jong Un oversaw the test-fire of an upgraded 240mm multiple rocket launcher system on Thursday.",
            "count=2+;cat=rocket_artillery;date=2024-09-12"
        },
        {
            "satellite-icbm-background", "2023-05-31",
            "North Korea launched a rocket carrying a military spy satellite on Wednesday, but it crashed into the sea, Seoul said.\n" +
            "Experts say satellite launches use the same technology as intercontinental ballistic missiles (ICBMs).",
            "cat=space_launch;rc=null;date=2023-05-31"
        },
        {
            "warning-before-verb", "2023-04-13",
            "Japan issued an emergency warning to residents of Hokkaido after North Korea fired a ballistic missile on Thursday morning.",
            "rel=true;date=2023-04-13;part=morning;count=1"
        },
        {
            "condemned-lead", "2022-10-04",
            "Seoul and Washington condemned North Korea's launch of a ballistic missile over Japan on Tuesday.\n" +
            "The missile flew about 4,600 km at a maximum altitude of 970 km, the Joint Chiefs of Staff said.",
            "rel=true;range=4600;apogee=970;date=2022-10-04"
        },
        {
            "south-korea-responds", "2022-10-05",
            "North Korea fired a ballistic missile over Japan on Tuesday, Japan's government said.\n" +
            "In response, South Korea and the United States fired four ATACMS surface-to-surface missiles into the sea on Wednesday.",
            "actor=North Korea;count=1;date=2022-10-04"
        },
        {
            "ahead-of-visit", "2023-07-12",
            "North Korea fired a long-range ballistic missile on Wednesday, days ahead of a planned summit, South Korea's military said.",
            "rel=true;date=2023-07-12"
        },
        {
            "japan-defense-minister", "2024-06-26",
            "North Korea launched a ballistic missile on Wednesday morning, Japan's Defense Minister Minoru Kihara told reporters, adding that it fell inside North Korean territory.",
            "src.count=Japan;date=2024-06-26;part=morning"
        },
        {
            "late-analysis-explicit-date", "2023-08-01",
            "North Korea fired a Hwasong-18 intercontinental ballistic missile on July 12 that flew for 74 minutes, Japan's defense ministry said.",
            "date=2023-07-12;flight=74;name=Hwasong-18"
        },
        {
            "dateline-today", "2022-03-24",
            "SEOUL, March 24 (Reuters) - North Korea fired what appeared to be an intercontinental ballistic missile today, South Korea's military said.",
            "date=2022-03-24;rc=ICBM"
        },
        {
            "yesterday", "2022-03-25",
            "North Korea fired its biggest intercontinental ballistic missile yesterday, state media said, calling it a Hwasong-17.",
            "date=2022-03-24;name=Hwasong-17;src.range_class=North Korea"
        },
        {
            "tested-verb", "2022-01-06",
            "North Korea tested a new hypersonic missile on Wednesday, state media said, the first such test in months.",
            "rel=true;cat=hypersonic;date=2022-01-05;src.category=North Korea"
        },
        {
            "bbc-time-style", "2023-07-12",
            "North Korea has fired a long-range ballistic missile at about 10.00am local time (01:00 GMT) on Wednesday, according to South Korea's military.",
            "time=10:00;part=morning;date=2023-07-12;src.time_local=South Korea"
        },
        {
            "wonsan-city", "2021-03-25",
            "North Korea fired two ballistic missiles from the North's eastern coastal town of Hamju, near Wonsan, on Thursday, the JCS said.",
            "count=2;site=Hamju|Wonsan;date=2021-03-25"
        },
        {
            "neg-engine-tested", "2022-12-16",
            "North Korea tested a high-thrust solid-fuel engine for a new strategic missile on Thursday, state media said.",
            "rel=false"
        },
        {
            "hour-and-minutes", "2023-07-12",
            "North Korea fired a solid-fuel ICBM on Wednesday that flew for 1 hour and 14 minutes, Japan's defense ministry said.",
            "flight=74;date=2023-07-12"
        },
        {
            "more-than-an-hour", "2023-03-22",
            "North Korea fired four cruise missiles on Wednesday that flew for more than an hour over the East Sea, the JCS said.",
            "flight=60;count=4;cat=cruise;date=2023-03-22"
        },
        {
            "russia-source", "2023-11-03",
            "Russia test-launched a Bulava intercontinental ballistic missile from a submarine in the White Sea on Thursday, Russia's defence ministry said.",
            "actor=Russia;basing=submarine;src.basing=Russia;date=2023-11-02"
        },
        {
            "similar-to-one-fired-in-march", "2023-06-15",
            "North Korea fired a ballistic missile on Thursday that flew about 780 km, Seoul's military said.\n" +
            "The missile appeared similar to one fired in March that flew 600 km and reached an altitude of 50 km.",
            "range=780;apogee=null;date=2023-06-15"
        },
        {
            "third-this-year", "2023-06-15",
            "North Korea fired a ballistic missile on Thursday, Seoul's military said.\n" +
            "Thursday's launch, the third this year, flew 780 km, the JCS said.",
            "range=780;date=2023-06-15;src.range_km=South Korea"
        },
        {
            "jagang-province", "2024-04-02",
            "North Korea fired a suspected intermediate-range ballistic missile from Jagang province toward the East Sea on Tuesday morning, the JCS said.",
            "site=Jagang;rc=IRBM;date=2024-04-02;part=morning"
        },
        {
            "kaechon-in-province", "2022-03-05",
            "North Korea fired a ballistic missile from the Kaechon area of South Pyongan Province on Saturday, the Joint Chiefs of Staff said.",
            "site=Kaechon;date=2022-03-05"
        },
        {
            "near-the-capital", "2022-01-27",
            "The missiles were launched from an area near the capital, Pyongyang, at around 8 a.m. Thursday, South Korea's military said.",
            "site=Pyongyang;time=08:00;date=2022-01-27;count=2+"
        },
        {
            "reference-on-date", "2024-01-14",
            "North Korea fired a ballistic missile into the East Sea on Sunday, the military said.\n" +
            "The launch was the North's first since it tested a solid-fuel Hwasong-18 ICBM on Dec. 18.",
            "date=2024-01-14;refs=2023-12-18"
        },
        {
            "reference-last-weekday", "2022-01-14",
            "North Korea fired two ballistic missiles on Friday, Seoul said.\n" +
            "The launch came days after the North fired a hypersonic missile last Tuesday.",
            "date=2022-01-14;refs=2022-01-11;count=2"
        },
        {
            "said-tuesday-launch-monday", "2023-03-14",
            "North Korea fired two cruise missiles from a submarine on Monday, the country's state media said Tuesday.",
            "date=2023-03-13;weekday=Monday;basing=submarine;cat=cruise;count=2"
        },
        {
            "us-paper-night-et", "2023-07-11",
            "North Korea launched a long-range ballistic missile Tuesday night Eastern time, the Pentagon said.\n" +
            "The missile was fired Wednesday morning local time and flew for 74 minutes, Japan said.",
            "date=2023-07-11|2023-07-12;flight=74;src.flight_time_min=Japan"
        },
        {
            "guardian-style", "2023-02-18",
            "North Korea has fired an intercontinental ballistic missile towards the sea off Japan's west coast, the latest in a string of tests, officials in Tokyo have said.",
            "rel=true;rc=ICBM;src.range_class=Japan;date=2023-02-17..2023-02-18"
        },
        {
            "weekday-in-opening-adverbial", "2012-04-14",
            "North Korea's young leader sought to show strength by launching a long-range rocket carrying a satellite.\n" +
            "On Friday, the rocket broke apart about a minute after liftoff and fell into the Yellow Sea, officials said.",
            "weekday=Friday;date=2012-04-13;cat=space_launch"
        },
        {
            "china-long-march", "2024-06-03",
            "China launched a Long March rocket carrying three satellites from a launch site in Sichuan province on Sunday, state media reported.",
            "actor=China;cat=space_launch;date=2024-06-02"
        },
        {
            "iran-barrage", "2024-10-02",
            "Iran's Revolutionary Guards fired a barrage of ballistic missiles at Israel on Tuesday night, Israel's military said.",
            "actor=Iran;count=2+;part=night;date=2024-10-01"
        },
        {
            "neg-nothing-detected", "2023-04-28",
            "South Korea's military said it had not detected any missile launch by North Korea on Friday, despite earlier warnings.",
            "rel=false"
        },
        {
            "neg-no-launch-yet", "2023-05-30",
            "No missile launch has been detected so far, Japan's defense ministry said on Tuesday.",
            "rel=false"
        },
        {
            "splashed-down-away", "2022-09-25",
            "North Korea fired a ballistic missile on Sunday that splashed down about 600 km away, Seoul's military said.\n" +
            "The missile flew at a height of 60 km and a speed of Mach 5, the JCS said.",
            "range=600;apogee=60;mach=5;date=2022-09-25"
        },
        {
            "travelling-km-no-space", "2022-09-28",
            "North Korea launched two short-range ballistic missiles on Wednesday evening, travelling more than 350km at an altitude of 30km, according to Japan's defence ministry.",
            "range=350;apogee=30;count=2;part=evening;src.range_km=Japan"
        },
        {
            "kcna-seconds", "2023-12-19",
            "Pyongyang, December 19 (KCNA) -- A launching drill of ICBM Hwasongpho-18 was conducted on December 18.\n" +
            "The missile reached the maximum altitude of 6 518.2km and flew 1 002.3km for 4 415s before landing in the preset waters.",
            "date=2023-12-18;apogee=6518.2;range=1002.3;flight=73.58;name=Hwasong-18;src.flight_time_min=North Korea"
        },
        {
            "background-on-old-date", "2023-11-22",
            "North Korea fired a ballistic missile on Tuesday that flew about 800 km, South Korea's military said.\n" +
            "On March 16, the North fired a Hwasong-17 that reached an altitude of 6,000 km and flew for 69 minutes.",
            "range=800;apogee=null;flight=null;name=null;date=2023-11-21;refs=2023-03-16"
        },
        {
            "us-minuteman", "2024-06-05",
            "The U.S. Air Force test-launched an unarmed Minuteman III intercontinental ballistic missile from Vandenberg Space Force Base on Tuesday.",
            "actor=United States;rc=ICBM;date=2024-06-04"
        },
        {
            "neg-nuclear", "2017-09-03",
            "North Korea conducted its sixth nuclear test on Sunday, triggering an earthquake of magnitude 6.3, seismologists said.",
            "rel=false"
        },
        {
            "neg-artillery", "2024-01-05",
            "North Korea fired more than 200 artillery shells near the western sea border on Friday, prompting evacuation orders on Yeonpyeong island.",
            "rel=false"
        },
        {
            "neg-engine", "2022-12-16",
            "North Korea conducted a high-thrust solid-fuel engine test at the Sohae site on Thursday, state media said.",
            "rel=false"
        },
        {
            "neg-satellite-notice", "2023-05-30",
            "North Korea notified Japan's coast guard that it will launch a satellite between May 31 and June 11, Tokyo said on Monday.",
            "rel=false"
        },
        {
            "neg-parade", "2023-02-09",
            "North Korea displayed about a dozen Hwasong-17 ICBMs at a nighttime military parade in Pyongyang on Wednesday, state media showed.",
            "rel=false"
        },
        {
            "neg-preparations", "2023-04-05",
            "South Korea's military said on Wednesday it had detected signs that North Korea was preparing to launch a ballistic missile from a submarine.",
            "rel=false"
        },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Real_world_phrasings_are_extracted(string name, string? published, string text, string expected)
    {
        var doc = new CleanDocument(name, "memory", text,
            new DocumentMetadata(published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        var report = Extractor.Extract(doc);
        var failures = new List<string>();
        foreach (var pair in expected.Split(';'))
        {
            var kv = pair.Split('=', 2);
            var problem = Check(report, kv[0], kv[1]);
            if (problem is not null) failures.Add($"{kv[0]}: {problem}");
        }

        Assert.True(failures.Count == 0, name + ": " + string.Join(" | ", failures));
        Assert.All(report.Events.SelectMany(e => e.Claims), c => Assert.Equal(c.Quote, text[c.Start..c.End]));
    }

    /// <summary>One expectation: null when met, else what was found.</summary>
    private static string? Check(LaunchReport report, string key, string want)
    {
        if (key == "rel") return report.Relevant.ToString().Equals(want, StringComparison.OrdinalIgnoreCase) ? null : $"relevant {report.Relevant}";
        var e = report.Primary;
        if (e is null) return "no primary event";
        string? got = key switch
        {
            "actor" => e.Actor,
            "date" => e.Date.Earliest == e.Date.Latest ? Day(e.Date.Earliest) : $"{Day(e.Date.Earliest)}..{Day(e.Date.Latest)}",
            "weekday" => e.Weekday,
            "part" => e.PartOfDay,
            "time" => e.TimeLocal,
            "count" => e.Count?.ToString(),
            "cat" => e.Category,
            "rc" => e.RangeClass,
            "basing" => e.Basing,
            "name" => e.MissileName,
            "site" => e.Site?.Name,
            "eez" => e.Impact?.Eez,
            "range" => Num(e.RangeKm),
            "apogee" => Num(e.ApogeeKm),
            "mach" => Num(e.SpeedMach),
            "flight" => Num(e.FlightTimeMin),
            "refs" => string.Join(",", report.Events.Where(r => r.Role == "reference").Select(r => Day(r.Date.Earliest))),
            _ when key.StartsWith("src.", StringComparison.Ordinal) => string.Join(",", e.Claims.Where(c => c.Field == key[4..]).Select(c => c.Source).Distinct()),
            _ when key.StartsWith("only.", StringComparison.Ordinal) => string.Join(",", e.Claims.Where(c => c.Field == key[5..]).Select(c => c.Source).Distinct()),
            _ => "unknown key",
        };
        // "src.F=X": some claim of F is X's; "only.F=X|Y": every claim of F is X's or Y's.
        if (key.StartsWith("src.", StringComparison.Ordinal)) return got!.Split(',').Contains(want) ? null : $"sources [{got}]";
        if (key.StartsWith("only.", StringComparison.Ordinal)) return got!.Length > 0 && got.Split(',').All(want.Split('|').Contains) ? null : $"sources [{got}]";
        if (key is "range" or "apogee" or "mach" or "flight" && want != "null")
        {
            var ok = want.Split('|').Any(w => got is not null && Math.Abs(double.Parse(got, CultureInfo.InvariantCulture) - double.Parse(w, CultureInfo.InvariantCulture)) <= 0.05 * double.Parse(w, CultureInfo.InvariantCulture));
            return ok ? null : $"got {got ?? "null"}";
        }

        return want.Split('|').Contains(got ?? "null") ? null : $"got {got ?? "null"}";
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open";

    private static string? Num(double? v) => v?.ToString(CultureInfo.InvariantCulture);
}
