"""Date probes, part D: more outlets' phrasings of the same classes (days relative to the report, the night, state
media the day after, several days in one story, officeholders of other years). Synthetic text, written for these
probes."""
from common import p

PUB = "2023-03-16"   # Thursday

# ---- relative spans: the story's launch told as "last week", "earlier this month", "last month"
p("North Korea fired an intercontinental ballistic missile last week, and analysts are still debating its range.", PUB, "2023-03-06..2023-03-12@2023-03-09", wd="-", outlet="38 North")
p("The solid-fuel missile North Korea tested earlier this month could reach the U.S. mainland, experts said.", PUB, "2023-03-01..2023-03-15@2023-03-09", wd="-", outlet="blog")
p("North Korea launched a new hypersonic missile last month, state media said, in what analysts called a major advance.", "2023-04-03", "2023-03-01..2023-03-31@2023-03-16", wd="-", outlet="blog")

# ---- the night: overnight, late, early hours
p("North Korea fired a ballistic missile late Wednesday night, the JCS said.", PUB, "2023-03-15", outlet="Yonhap")
p("North Korea fired two missiles in the early hours of Thursday, Japan's coast guard said.", PUB, "2023-03-16", outlet="Kyodo")
p("North Korea fired a ballistic missile shortly before midnight on Wednesday, South Korea's military said.", PUB, "2023-03-15", outlet="Reuters")
p("North Korea fired a missile at around 11 p.m. on Wednesday, the JCS said.", PUB, "2023-03-15", outlet="Korea Herald")
p("North Korea launched a ballistic missile at 1:20 a.m. on Thursday, the defense ministry said.", PUB, "2023-03-16", outlet="NHK")
p("North Korea launched two ballistic missiles overnight Wednesday, Seoul said.", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="blog")
p("North Korea launched a missile on Wednesday night, South Korea's Joint Chiefs of Staff said early Thursday.", PUB, "2023-03-15", outlet="AP")

# ---- state media the day after
p("PYONGYANG, March 17 (Xinhua) -- The Democratic People's Republic of Korea test-fired a new type of intercontinental ballistic missile on Thursday, the official KCNA news agency reported Friday.", "2023-03-17", "2023-03-16", outlet="Xinhua")
p("North Korea said on Friday it had launched a Hwasong-17, a day after Japan and South Korea reported the launch.", "2023-03-17", "2023-03-16", outlet="Reuters")
p("North Korea confirmed on Friday that it had test-fired an ICBM on Thursday, calling it a warning to Washington.", "2023-03-17", "2023-03-16", outlet="Guardian")
p("Pyongyang, March 17 (KCNA) -- The Missile General Bureau of the DPRK conducted an important test on March 16 to confirm the reliability of the weapon system.", "2023-03-17", "2023-03-16", outlet="KCNA")
p("Pyongyang, March 17 (KCNA) -- A test-fire of a new-type ICBM took place on Thursday under the guidance of Kim Jong Un.", "2023-03-17", "2023-03-16", outlet="KCNA")
p("North Korean state media reported on Friday that Kim Jong Un had overseen the launch of a Hwasong-17 the previous day.", "2023-03-17", "2023-03-16", outlet="CNN")
p("KCNA said the missile, launched on Thursday, flew 1,000 km and landed in the East Sea.", "2023-03-17", "2023-03-16", outlet="NK News")

# ---- several days in one story: the launch's must win
p("North Korea fired a ballistic missile on Thursday, South Korea said. On Sunday, it had fired two cruise missiles from a submarine.", PUB, "2023-03-16", outlet="Reuters")
p("North Korea fired a ballistic missile on Thursday, its second launch this week after two cruise missiles on Sunday.", PUB, "2023-03-16", outlet="AP")
p("South Korea and the United States began drills on Monday. On Thursday, North Korea fired a long-range missile, the JCS said.", PUB, "2023-03-16", outlet="CNN")
p("North Korea fired a ballistic missile on Thursday. South Korean President Yoon Suk Yeol will visit Tokyo on Friday, and Japanese officials met on Wednesday to prepare.", PUB, "2023-03-16", outlet="NHK")
p("Kim Yo Jong threatened on Monday to turn the Pacific into a firing range. North Korea fired an ICBM on Thursday.", PUB, "2023-03-16", outlet="Guardian")
p("North Korea fired an ICBM on Thursday. The launch came after Kim Jong Un's sister issued a warning on Tuesday.", PUB, "2023-03-16", outlet="BBC")
p("North Korea fired an ICBM on Thursday, three days after it launched cruise missiles from a submarine on Monday.", PUB, "2023-03-16", outlet="Yonhap")
p("North Korea fired a missile on Thursday. The United States will hold talks with Japan on Monday, a State Department spokesman said on Wednesday.", PUB, "2023-03-16", outlet="State Department")
p("North Korea fired an ICBM on Thursday. A day earlier, the U.S. had flown B-52 bombers over the peninsula.", PUB, "2023-03-16", outlet="blog")
p("A day after the U.S. flew bombers over the peninsula, North Korea fired an ICBM on Thursday.", PUB, "2023-03-16", outlet="blog")
p("After U.S. bombers flew over the peninsula on Wednesday, North Korea fired an ICBM on Thursday.", PUB, "2023-03-16", outlet="blog")
p("North Korea fired an ICBM on Thursday in response to the drills that began on Monday, the North said.", PUB, "2023-03-16", outlet="Xinhua")
p("North Korea fired an ICBM on Thursday, hours before Yoon Suk Yeol flew to Tokyo on Thursday for the first summit in 12 years.", PUB, "2023-03-16", outlet="Reuters")
p("Japan protested on Friday, a day after the launch on Thursday, the foreign ministry said.\n\nNorth Korea fired an ICBM that fell in the sea.", "2023-03-17", "2023-03-16", outlet="Kyodo")

# ---- the launch's explicit date written with its weekday, or alone further down
p("North Korea fired a ballistic missile on Thursday (March 16), the JCS said.", PUB, "2023-03-16", outlet="blog")
p("North Korea fired an ICBM on Thursday, March 16, Japan said.", PUB, "2023-03-16", outlet="Japan Times")
p("North Korea fired an ICBM, Japan said. The launch, on March 16, came as leaders met in Tokyo.", "2023-03-18", "2023-03-16", outlet="blog")
p("North Korea fired a missile at 7:09 a.m. on March 16, the JCS said.", "2023-03-16", "2023-03-16", outlet="Yonhap")
p("On the morning of March 16, North Korea launched an ICBM from Pyongyang, officials said.", "2023-03-17", "2023-03-16", outlet="NHK")
p("North Korea fired a missile on Thursday. The Security Council met on Friday.", "2023-03-18", "2023-03-16", outlet="UN News")
p("North Korea fired a ballistic missile on Thursday, March 16th, officials said.", "2023-03-17", "2023-03-16", outlet="blog")
p("North Korea fired a missile on 16 March, the British foreign office said.", "2023-03-17", "2023-03-16", outlet="Foreign Office")
p("North Korea test-launched a missile on 16th March, the JCS said.", "2023-03-17", "2023-03-16", outlet="blog")
p("North Korea fired a ballistic missile on Mar. 16, the JCS said.", "2023-03-17", "2023-03-16", outlet="blog")

# ---- US-zone days more phrasings
p("North Korea launched an ICBM Wednesday evening Eastern time, the Pentagon said.", "2023-03-15", "2023-03-16", outlet="AP")
p("North Korea fired a missile Wednesday night (ET), U.S. officials said.", "2023-03-15", "2023-03-16", outlet="CNN")
p("North Korea fired a missile at 6:48 p.m. ET Wednesday, the U.S. military said.", "2023-03-15", "2023-03-16", outlet="Fox News")
p("North Korea fired a ballistic missile on Wednesday at 8:09 p.m. EDT, U.S. officials said.", "2023-03-15", "2023-03-16", outlet="CBS")
p("North Korea fired a ballistic missile at 9:40 a.m. Thursday local time (8:40 p.m. ET Wednesday), officials said.", "2023-03-15", "2023-03-16", outlet="NBC")
p("WASHINGTON -- North Korea fired an ICBM on Thursday morning in Korea, the White House said Wednesday.", "2023-03-15", "2023-03-16", outlet="White House")
p("North Korea launched a missile Wednesday afternoon Hawaii time, U.S. Indo-Pacific Command said.", "2023-03-15", "2023-03-16", outlet="INDOPACOM")
p("North Korea fired a ballistic missile at 7:09 a.m. on Thursday, or 6:09 p.m. on Wednesday in Washington, the JCS said.", "2023-03-15", "2023-03-16", outlet="Washington Post")

# ---- possessives and nouns that carry the day in a later sentence
p("North Korea has fired a ballistic missile, Seoul says.\n\nYesterday's launch was the fourth this month.", "2023-03-17", "2023-03-16", outlet="blog")
p("North Korea has fired a ballistic missile, officials say.\n\nThis morning's launch came as Japan's leader met Yoon.", "2023-03-16", "2023-03-16", outlet="blog")
p("North Korea has fired an ICBM, Japan says.\n\nThursday's ICBM test was the North's first since February.", "2023-03-16", "2023-03-16", outlet="BBC")
p("North Korea has fired an ICBM, Japan says.\n\nAnalysts said the Thursday launch showed the North's growing confidence.", "2023-03-17", "2023-03-16", outlet="Guardian")
p("North Korea fires ICBM\n\nNorth Korea has fired an ICBM. The Hwasong-17 was launched from Pyongyang on Thursday, Japan's defence ministry said.", "2023-03-16", "2023-03-16", outlet="BBC")
p("North Korea has fired an ICBM into the sea, Japan says.\n\nThe Thursday morning launch drew a rebuke from Tokyo.", "2023-03-16", "2023-03-16", outlet="Guardian")

# ---- officeholders of other years, no publication day
p("North Korea fired a ballistic missile on Thursday. Prime Minister Fumio Kishida called it outrageous and President Joe Biden spoke with him.", None, "2021-10-04..2024-10-01@2022-11-03", wd="Thursday", outlet="blog")
p("North Korea fired two missiles on Wednesday. Prime Minister Yoshihide Suga and President Moon Jae-in condemned the launch.", None, "2020-09-16..2021-10-04@2021-09-15", wd="Wednesday", outlet="blog")
p("North Korea fired a missile on Sunday. President Park Geun-hye, Prime Minister Shinzo Abe and President Barack Obama condemned it.", None, "2013-02-25..2017-01-20@2016-02-07", wd="Sunday", outlet="blog")
p("North Korea fired a missile on Saturday. President Trump said he was not bothered, and President Moon Jae-in urged restraint.", None, "2017-05-10..2021-01-20@2019-05-04", wd="Saturday", outlet="blog")
p("North Korea fired a rocket on Wednesday. President Lee Myung-bak convened his cabinet and Prime Minister Yoshihiko Noda condemned it.", None, "2011-09-02..2012-12-26@2012-12-12", wd="Wednesday", outlet="blog")
