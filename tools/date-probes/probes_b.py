"""Date probes, part B: time zones, days relative to the report, written dates (formats, and dates that are not the
launch's), reports published days later. Synthetic text, written for these probes."""
from common import p

PUB = "2023-03-16"   # Thursday
US = "2023-03-15"    # a Wednesday in Washington: Thursday morning in Korea

# ---- (2) time zones: US-dated stories of Korean-morning launches
p("WASHINGTON (AP) -- North Korea launched a missile at 10:30 a.m. Hawaii time on Wednesday, U.S. Indo-Pacific Command said.", US, "2023-03-16", outlet="AP")
p("North Korea fired an ICBM at 6:20 p.m. EDT Wednesday, the Pentagon said.", US, "2023-03-16", outlet="CNN")
p("The launch took place Wednesday night Washington time, a U.S. defense official said, when North Korea fired a ballistic missile toward Japan.", US, "2023-03-16", outlet="Washington Post")
p("North Korea fired a ballistic missile on Wednesday evening U.S. time, the State Department said.", US, "2023-03-16", outlet="State Department")
p("North Korea fired a ballistic missile late Wednesday Washington time, U.S. officials said.", US, "2023-03-16", outlet="CNN")
p("North Korea fired a ballistic missile on Wednesday night (Thursday morning in Korea), the White House said.", US, "2023-03-16", outlet="White House")
p("North Korea launched an intercontinental ballistic missile at about 5:20 p.m. ET on Wednesday, according to U.S. officials.", US, "2023-03-16", outlet="NBC")
p("North Korea fired a missile on Thursday morning local time, the Pentagon said on Wednesday.", US, "2023-03-16", outlet="Fox News")
p("North Korea fired a ballistic missile toward the Sea of Japan on Thursday, Seoul time, U.S. officials said.", US, "2023-03-16", outlet="Bloomberg")
p("The missile was launched at 2230 GMT on Wednesday, Japan's defence ministry said.", US, "2023-03-16", outlet="Reuters")
p("The missile was fired at 7:30 a.m. (2230 GMT Wednesday) from the Sunan area, the JCS said.", PUB, "2023-03-16", outlet="Reuters")
p("North Korea fired a ballistic missile at 7:30 a.m. on Thursday (6:30 p.m. ET on Wednesday), South Korea's military said.", US, "2023-03-16", outlet="CNN")
p("North Korea launched a ballistic missile on Wednesday at 11:10 p.m. EST, the U.S. military said.", "2023-01-11", "2023-01-12", wd="-", outlet="AP")
p("North Korea fired a missile Tuesday night Eastern Time, the Pentagon said. The missile flew for about 40 minutes.", "2023-03-14", "2023-03-15", outlet="Pentagon")
p("The missile lifted off at 9:49 a.m. local time on Thursday (0049 GMT), NHK reported.", PUB, "2023-03-16", outlet="NHK")
p("North Korea fired a missile Wednesday afternoon, Pacific time, U.S. officials said.", US, "2023-03-16", outlet="blog")

# ---- (4) days relative to the report
p("SEOUL, March 16 (Yonhap) -- North Korea fired a ballistic missile toward the East Sea yesterday, the JCS said.", "2023-03-17", "2023-03-15", outlet="Yonhap")
p("North Korea fired a ballistic missile this morning, the Japanese government said.", PUB, "2023-03-16", outlet="NHK")
p("North Korea launched a missile early today, South Korea's military said.", PUB, "2023-03-16", outlet="Korea Herald")
p("North Korea fired a missile last night, the Japanese coast guard said.", PUB, "2023-03-15", outlet="Japan Times")
p("North Korea fired a ballistic missile overnight, Japan's defense ministry said on Thursday.", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="Reuters")
p("North Korea fired two short-range ballistic missiles in the early hours of Thursday, the JCS said.", PUB, "2023-03-16", outlet="Yonhap")
p("North Korea fired two cruise missiles from a submarine on the 12th, the Joint Chiefs of Staff said.", "2023-03-13", "2023-03-12", outlet="Yonhap")
p("North Korea launched a ballistic missile at 7:10 a.m. on the 16th, the Japanese government said.", PUB, "2023-03-16", outlet="NHK")
p("Pyongyang, March 15 (KCNA) -- The DPRK Missile Administration conducted a test-fire of a new-type ICBM on Tuesday.", "2023-03-15", "2023-03-14", outlet="KCNA")
p("Pyongyang, March 15 (KCNA) -- Kim Jong Un oversaw the launch of a Hwasong-17 on Tuesday, KCNA reported.", "2023-03-15", "2023-03-14", outlet="KCNA")
p("North Korea said on Wednesday that it test-fired a new solid-fuel ICBM the previous day.", "2023-03-15", "2023-03-14", outlet="Reuters")
p("North Korea's state media said on Wednesday it had launched a hypersonic missile on Tuesday.", "2023-03-15", "2023-03-14", outlet="AP")
p("North Korea said it had conducted a missile test the day before, state media said on Wednesday.", "2023-03-15", "2023-03-14", outlet="Xinhua")
p("North Korea fired a ballistic missile earlier this week, according to South Korea's military.", "2023-03-17", "2023-03-13..2023-03-16@2023-03-15", wd="-", outlet="blog")
p("North Korea fired several cruise missiles over the weekend, the South's military said on Monday.", "2023-03-20", "2023-03-18..2023-03-19@2023-03-19", wd="-", outlet="Guardian")
p("North Korea fired a ballistic missile two days ago, the JCS said.", PUB, "2023-03-14", outlet="blog")
p("North Korea fired a ballistic missile the day before yesterday, officials said.", PUB, "2023-03-14", outlet="blog")
p("North Korea launched a missile late on Tuesday, Japan's prime minister said.", PUB, "2023-03-14", outlet="Japan Times")
p("North Korea fired a missile just after midnight on Thursday, the JCS said.", PUB, "2023-03-16", outlet="Yonhap")
p("North Korea fired a missile before dawn on Thursday, the JCS said.", PUB, "2023-03-16", outlet="AP")

# ---- published days after the launch
p("North Korea fired a ballistic missile on Thursday, the JCS said.", "2023-03-18", "2023-03-16", outlet="weekly")
p("North Korea fired a ballistic missile on Thursday, the JCS said.", "2023-03-21", "2023-03-16", outlet="weekly")
p("North Korea's launch on Thursday of a Hwasong-17 was its first ICBM test this year, analysts said.", "2023-03-20", "2023-03-16", outlet="38 North")
p("North Korea launched a Hwasong-17 on March 16, its first ICBM test this year.", "2023-03-27", "2023-03-16", outlet="38 North")
p("On March 16, North Korea fired a Hwasong-17 ICBM that flew for 70 minutes.", "2023-03-20", "2023-03-16", outlet="blog")

# ---- written dates in other forms
p("North Korea test-fired the Hwasong-14 on 2017.7.4, the Korean Central News Agency said.", "2017-07-05", "2017-07-04", outlet="blog")
p("On 4 July, the DPRK successfully launched the intercontinental ballistic rocket Hwasong-14.", "2017-07-05", "2017-07-04", outlet="KCNA")
p("North Korea launched an ICBM on July 4th, U.S. officials said.", "2017-07-06", "2017-07-04", outlet="CNN")
p("North Korea launched a ballistic missile on Tuesday, 4 July, Japan's government said.", "2017-07-05", "2017-07-04", outlet="BBC")
p("North Korea launched an intercontinental ballistic missile on the 4th of July, officials said.", "2017-07-06", "2017-07-04", outlet="Guardian")
p("North Korea fired a missile on Tuesday July 4, 2017, the Pentagon said.", "2017-07-05", "2017-07-04", outlet="blog")
p("North Korea fired a ballistic missile on 2017-07-04, according to the JCS.", "2017-07-05", "2017-07-04", outlet="blog")
p("North Korea fired a missile on July 4 2017, the U.S. said.", "2017-07-06", "2017-07-04", outlet="blog")

# ---- (4) explicit dates that are not the launch's
p("North Korea fired a hypersonic missile on Wednesday, a year after its Jan. 5 test of a similar weapon.", "2023-01-12", "2023-01-11", outlet="AP")
p("North Korea fired a ballistic missile on Wednesday, days before the U.S. and South Korea begin drills on March 20.", PUB, "2023-03-15", outlet="Reuters")
p("North Korea fired a ballistic missile on Thursday. The U.N. Security Council is scheduled to discuss the launch on March 17.", PUB, "2023-03-16", outlet="Reuters")
p("North Korea launched an ICBM on Thursday, hours before a Japan-South Korea summit set for March 16 in Tokyo.", PUB, "2023-03-16", outlet="Kyodo")
p("North Korea fired a ballistic missile on Thursday, its first since a Feb. 18 ICBM test.", "2023-03-16", "2023-03-16", outlet="AP")
p("North Korea fired a missile on Wednesday. Leaders of the Group of Seven condemned the North's Feb. 18 launch at a meeting on March 14.", PUB, "2023-03-15", outlet="Xinhua")
p("North Korea fired a ballistic missile toward the East Sea, the JCS said.\n\nA file photo shows a missile launch on March 12, 2023.", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="Yonhap")
p("North Korea fired a ballistic missile on Thursday, the JCS said.\n\nIn this photo released on March 10, 2023, a missile is launched from an undisclosed location.", PUB, "2023-03-16", outlet="AP")
p("North Korea fired two ballistic missiles on Thursday, the military said. President Yoon is to hold a summit with Japan's prime minister on March 17.", PUB, "2023-03-16", outlet="Yonhap")
p("North Korea fired a ballistic missile on Thursday, less than a week after the March 12 launch of two cruise missiles from a submarine.", PUB, "2023-03-16", outlet="NK News")
p("North Korea fired a missile on Thursday. The launch came a day after Kim Yo Jong issued a statement on March 15 warning of countermeasures.", PUB, "2023-03-16", outlet="Guardian")
p("North Korea fired a short-range ballistic missile on Thursday, one week after the Security Council met on March 9 to discuss its last launch.", PUB, "2023-03-16", outlet="UN News")
p("The U.S. State Department said on March 15 that North Korea's launches violate Security Council resolutions. On Thursday, the North fired another missile.", PUB, "2023-03-16", outlet="blog")
p("North Korea fired a ballistic missile on Thursday, the anniversary of its March 16 launch last year.", PUB, "2023-03-16", outlet="blog")
p("North Korea fired a ballistic missile on Thursday, South Korea said. It was the North's first launch since Feb. 18, when it fired a Hwasong-15.", PUB, "2023-03-16", outlet="Reuters")
p("South Korea and the United States will hold joint drills from March 13 to 23. North Korea fired a ballistic missile on Thursday.", PUB, "2023-03-16", outlet="Korea Times")

# ---- no publication day: the launch day from the report's own dateline or line
p("SEOUL, March 16, 2023 (Yonhap) -- North Korea fired a long-range ballistic missile toward the East Sea on Thursday, the JCS said.", None, "2023-03-16", outlet="Yonhap")
p("Published 16 March 2023\nNorth Korea fired a long-range ballistic missile on Thursday morning, Japan said.", None, "2023-03-16", outlet="BBC")
p("By Jane Reporter | March 16, 2023 10:23 AM\nNorth Korea fired a ballistic missile this morning, the JCS said.", None, "2023-03-16", outlet="blog")
p("Updated: 2023-03-16 14:10\nNorth Korea fired a ballistic missile toward the East Sea on Thursday, the Joint Chiefs said.", None, "2023-03-16", outlet="Korea JoongAng Daily")
p("Thu 16 Mar 2023 04.12 GMT\nNorth Korea has fired a long-range ballistic missile, hours before South Korea's president travels to Tokyo.", None, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="Guardian")
