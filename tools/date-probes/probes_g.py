"""Date probes, part G (issue #11, branch dates4): other weeks and years than parts A-F, in phrasings invented for
them before any rule was changed: the launch day tied to any verb or noun, US- and GMT-dated stories, officeholders
with two terms, dates in the text that are not the launch's. Synthetic text, written for these probes (no corpus text).
Days used: Tue 2022-10-04, Sun 2022-10-09, Wed 2022-11-02 .. Mon 2022-11-07, Tue/Wed 2017-11-28/29, Mon/Tue 2017-08-28/29,
Thu/Fri 2017-09-14/15, Wed/Thu 2024-10-30/31, Sun/Mon/Tue 2025-01-05/06/07, Thu 2023-09-21."""
from common import p

THU = "2022-11-03"   # Thursday
FRI = "2022-11-04"

# ---- (1) the launch day tied to any verb or noun
p("The launch of the Chollima-1 rocket carrying a reconnaissance satellite ended in failure on Wednesday after an error in its third stage, the National Aerospace Technology Administration said.", THU, "2022-11-02", outlet="KCNA")
p("A North Korean rocket exploded early Wednesday shortly after lifting off from the Sohae station, South Korean officials said.", THU, "2022-11-02", outlet="AP")
p("North Korea has fired a ballistic missile, Japan's defence ministry says.\n\nIn Wednesday's launch, the missile flew about 600 km before falling into the sea.", THU, "2022-11-02", outlet="BBC")
p("South Korea's Joint Chiefs of Staff said on Wednesday morning that the North had fired at least 10 missiles of various types.", "2022-11-02", "2022-11-02", outlet="Reuters")
p("Officials in Tokyo disclosed the launch on Thursday. The missile had been fired the day before from near Pyongyang, they said.", THU, "2022-11-02", outlet="Japan Times")
p("North Korea fired two short-range ballistic missiles into the sea, South Korea's military said.\n\nThe weekend launch was the North's seventh this month, analysts said.", "2022-11-07", "2022-11-05..2022-11-06@2022-11-06", wd="-", outlet="Guardian")
p("Japan's Prime Minister Fumio Kishida condemned the launch, hours after North Korea fired a long-range missile on Thursday.", THU, "2022-11-03", outlet="Kyodo")
p("North Korea fired an intercontinental ballistic missile, officials said.\n\nHours after the launch on Thursday morning, Japan issued an emergency alert for residents in three prefectures.", THU, "2022-11-03", outlet="NHK")
p("North Korea fired an intercontinental ballistic missile, officials said. The U.N. Security Council met on Friday to discuss the launch the day before, diplomats said.", FRI, "2022-11-03", outlet="Reuters")
p("North Korea fired a short-range ballistic missile late on Tuesday night, Seoul's military said.", "2022-11-02", "2022-11-01", outlet="Korea Herald")
p("The missile was fired in the predawn hours of Friday from the Tongchang-ri area, the JCS said.", FRI, "2022-11-04", outlet="Yonhap")
p("Before dawn on Friday, North Korea launched two missiles toward the East Sea, the JCS said.", FRI, "2022-11-04", outlet="Korea Times")
p("North Korea fired a ballistic missile shortly after midnight on Friday, Japan's coast guard said.", FRI, "2022-11-04", outlet="Kyodo")
p("North Korea said on Tuesday its military had successfully test-launched a new hypersonic missile on Monday, with leader Kim Jong Un watching.", "2025-01-07", "2025-01-06", outlet="AP")
p("North Korea fired a missile into the sea, South Korea said.\n\nThe Monday launch, the North's first of the year, came as the U.S. secretary of state visited Seoul.", "2025-01-07", "2025-01-06", outlet="CNN")
p("North Korea sent a ballistic missile soaring over Japan on Tuesday, prompting warnings for residents to take shelter.", "2022-10-04", "2022-10-04", outlet="Washington Post")
p("A ballistic missile fired by North Korea splashed down in the sea on Wednesday, Japan's coast guard said, citing the defence ministry.", THU, "2022-11-02", outlet="NHK")
p("North Korea fired an ICBM, Seoul said.\n\nThe firing on Thursday of the long-range missile drew a swift response from Seoul, which scrambled fighter jets.", THU, "2022-11-03", outlet="Korea JoongAng Daily")
p("North Korea conducted what appeared to be a failed launch on Thursday, with the missile vanishing from radar shortly after takeoff, officials said.", THU, "2022-11-03", outlet="NBC")
p("The Missile Administration conducted a test-fire of a new-type hypersonic missile on Wednesday, KCNA reported on Thursday.", THU, "2022-11-02", outlet="Xinhua")
p("North Korea fired a long-range missile, the JCS said.\n\nThe launch, which took place at around 7:40 a.m. on Thursday, was the North's 30th this year.", THU, "2022-11-03", outlet="Yonhap")
p("North Korea confirmed on Friday that it had tested a new ICBM, a day after South Korea and Japan detected the launch.", FRI, "2022-11-03", outlet="Reuters")
p("State media said on Tuesday that Kim Jong Un had overseen the launch, one day after Seoul reported it.", "2025-01-07", "2025-01-06", outlet="Guardian")
p("Pyongyang confirmed the test on Friday, a day after the launch alarmed its neighbours.", FRI, "2022-11-03", outlet="Economist")
p("North Korea launched a missile, Japan said.\n\nMonday's test-firing, the first since the new year, involved what the North called a hypersonic glide vehicle.", "2025-01-07", "2025-01-06", outlet="Japan Times")
p("It was the second time in a week that the North had fired a missile over Japan; on Tuesday, sirens sounded in Hokkaido as the missile passed overhead.", "2022-10-05", "2022-10-04", outlet="blog")

# ---- (2) time zones: US-dated stories of a Korean-morning launch, GMT/UTC clocks, a story dated a day later in Asia
p("WASHINGTON (AP) -- North Korea fired an intercontinental ballistic missile on Tuesday afternoon, U.S. time, the Pentagon said.", "2017-11-28", "2017-11-29", outlet="AP")
p("The missile was launched at 1:17 p.m. EST Tuesday, a Pentagon spokesman said.", "2017-11-28", "2017-11-29", outlet="CNN")
p("North Korea launched a missile at 3:42 p.m. Hawaii time Sunday, U.S. Indo-Pacific Command said.", "2025-01-05", "2025-01-06", outlet="Stars and Stripes")
p("North Korea fired an ICBM at 22:10 GMT on Wednesday, Japan's defence ministry said.", "2024-10-30", "2024-10-31", outlet="Reuters")
p("The missile was launched at 23:55 UTC on Wednesday and flew for 86 minutes, according to Japan.", "2024-10-31", "2024-10-31", outlet="blog")
p("North Korea fired the missile at 7:10 a.m. local time on Thursday, Japanese officials said.", "2024-10-30", "2024-10-31", outlet="New York Times")
p("North Korea launched the ICBM at 7:10 a.m. Seoul time on Thursday (6:10 p.m. Wednesday EDT), officials said.", "2024-10-30", "2024-10-31", outlet="Bloomberg")
p("TOKYO -- North Korea fired a ballistic missile late on Wednesday night, Japan's government said.", "2024-10-31", "2024-10-30", outlet="Nikkei")
p("North Korea fired a missile Sunday evening Eastern time, the Pentagon said, on what was Monday morning in Pyongyang.", "2025-01-05", "2025-01-06", outlet="Fox News")
p("At 5:57 a.m. Korea time on Tuesday, North Korea launched a Hwasong-12 that flew over Hokkaido, the JCS said.", "2017-08-28", "2017-08-29", outlet="CNN")
p("The missile was launched at 4:57 p.m. EDT on Monday, the Pentagon said.", "2017-08-28", "2017-08-29", outlet="Pentagon")
p("North Korea fired a missile over Japan late Thursday Washington time, U.S. officials said.", "2017-09-14", "2017-09-15", outlet="Wall Street Journal")
p("The missile was launched from Sunan at 6:57 a.m. KST Friday (2157 GMT Thursday), the JCS said.", "2017-09-14", "2017-09-15", outlet="Reuters")
p("North Korea fired a ballistic missile at 8:48 p.m. ET on Saturday, U.S. officials said.", "2022-11-05", "2022-11-06", outlet="NBC")
p("North Korea launched the missile at about 4 p.m. Pacific time Tuesday, a U.S. official said.", "2017-11-28", "2017-11-29", outlet="Los Angeles Times")
p("North Korea fired a ballistic missile overnight, U.S. officials said Tuesday.\n\nThe launch took place at 3:17 a.m. Wednesday local time.", "2017-11-28", "2017-11-29", outlet="Washington Post")

# ---- (3) officeholders with two terms, others bounding an undated story; no publication date
p("North Korea fired a ballistic missile on Thursday. Defense Secretary Pete Hegseth said the United States stood with its allies.", None, "2025-01-25..@2025-05-08", wd="Thursday", outlet="blog")
p("North Korea launched a missile on Monday, drawing a rebuke from Secretary of State Marco Rubio.", None, "2025-01-21..@2025-03-10", wd="Monday", outlet="blog")
p("North Korea fired a missile on Tuesday, President Trump said. Defense Secretary Jim Mattis called the launch a threat to the whole world.", None, "2017-01-20..2019-01-01@2017-08-29", wd="Tuesday", outlet="blog")
p("North Korea fired a missile on Wednesday. Prime Minister Shigeru Ishiba called an emergency meeting, and President Lee Jae-myung's office said it was monitoring the situation.", None, "2025-06-04..2025-10-21@2025-06-18", wd="Wednesday", outlet="blog")
p("North Korea fired a ballistic missile on Saturday. Former President Donald Trump said it would never have happened under him, while President Joe Biden was briefed.", None, "2021-01-20..2025-01-20@2023-02-18", wd="Saturday", outlet="blog")
p("North Korea fired a ballistic missile on Thursday. Prime Minister Sanae Takaichi said Japan would respond calmly, and President Trump spoke with her by phone.", None, "2025-10-21..@2025-11-06", wd="Thursday", outlet="Kyodo")
p("North Korea launched a missile on Wednesday.\n\nA Hwasong-17 is launched in this file photo released on March 16, 2023.", None, "2023-03-16..@2023-07-12", wd="Wednesday", outlet="Reuters")
p("North Korea fired a ballistic missile on Thursday.\n\nFILE - North Korea's Hwasong-15 is launched on Nov. 29, 2017.", None, "2017-11-29..@2022-11-03", wd="Thursday", outlet="AP")
p("North Korea fired a missile on Monday, a day before the Nov. 5, 2024, U.S. presidential election.", None, "..2024-11-05@2024-11-04", wd="Monday", outlet="blog")
p("North Korea fired a ballistic missile on Thursday, days before President Yoon Suk Yeol's visit to Washington on April 24, 2023.", None, "..2023-04-24@2023-04-20", wd="Thursday", outlet="blog")

# ---- (4) explicit dates that are not the launch's: announcements, meetings, summits, anniversaries, captions, datelines
p("North Korea fired two short-range missiles on Thursday, days after Kim Jong Un returned from Russia on Sept. 17.", "2023-09-21", "2023-09-21", outlet="Korea Times")
p("North Korea fired an ICBM, officials said. The U.N. Security Council will hold an emergency meeting on Nov. 4 to discuss the launch.", THU, "2022-11-02..2022-11-03@2022-11-03", wd="-", outlet="Reuters")
p("North Korea fired a missile on Wednesday, ahead of a trilateral summit set for Nov. 4 in Phnom Penh.", THU, "2022-11-02", outlet="Nikkei")
p("North Korea fired two short-range ballistic missiles early Sunday, on the eve of the Oct. 10 anniversary of the ruling party's founding, the JCS said.", "2022-10-09", "2022-10-09", outlet="Yonhap")
p("North Korea fired a ballistic missile toward the East Sea on Wednesday, the JCS said.\n\nThis photo, provided by KCNA on Oct. 29, shows a missile being launched during a drill.", THU, "2022-11-02", outlet="Yonhap")
p("North Korea fired a ballistic missile on Wednesday, the JCS said.\n\nPeople watch a news broadcast showing file footage of a missile launch, at a railway station in Seoul on Nov. 3, 2022.", THU, "2022-11-02", outlet="AFP")
p("SEOUL, Nov. 2 (Yonhap) -- North Korea fired at least 10 missiles of various types on Wednesday, including one that landed south of the maritime border, the JCS said.", THU, "2022-11-02", outlet="Yonhap")
p("North Korea fired a long-range missile, the JCS said.\n\nThursday's launch came a day after the North fired a record 23 missiles on Nov. 2.", THU, "2022-11-03", outlet="Korea Herald")
p("North Korea fired a missile on Thursday. Kim Yo Jong had warned on Tuesday, Nov. 1, that the allies would pay a price for their drills.", THU, "2022-11-03", outlet="NK News")
p("North Korea fired a ballistic missile, Japan said. Foreign ministers of Japan, South Korea and the United States will meet in Tokyo on Nov. 4, 2022.", THU, "2022-11-02..2022-11-03@2022-11-03", wd="-", outlet="Kyodo")
p("North Korea launched an ICBM on Thursday, its first since March 24, when it fired what it called a Hwasong-17.", THU, "2022-11-03", outlet="Guardian")
p("The launch on Thursday came as the allies extended their Vigilant Storm air drills, which began on Oct. 31, by a day.", THU, "2022-11-03", outlet="Stars and Stripes")
p("North Korea has fired more than 60 ballistic missiles since January, including an ICBM on Thursday that fell into the sea.", FRI, "2022-11-03", outlet="Economist")
p("In a statement issued on Nov. 2, the North's foreign ministry warned of a response. North Korea fired a ballistic missile on Thursday, the JCS said.", FRI, "2022-11-03", outlet="Yonhap")
p("North Korea fired a missile, officials said. An announcement on Nov. 3 had warned shipping to stay clear of the area until Nov. 5.", FRI, "2022-11-03..2022-11-04@2022-11-04", wd="-", outlet="blog")
