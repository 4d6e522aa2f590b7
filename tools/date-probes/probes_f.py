"""Date probes, part F: an earlier launch's date within the week where the story's launch is told only relatively
("this morning", "today", no day), web-page furniture (related links, tweets, timestamps). Synthetic text, written
for these probes."""
from common import p

PUB = "2023-03-16"   # Thursday

# ---- an earlier launch's written date near a relative or missing day
p("North Korea fired a ballistic missile early today, the JCS said. The North's most recent launch was on March 12, when it fired two cruise missiles.", PUB, "2023-03-16", outlet="Korea Herald")
p("North Korea fired a ballistic missile this morning, Japan said. On March 12, it launched two cruise missiles from a submarine.", PUB, "2023-03-16", outlet="NHK")
p("North Korea has fired a ballistic missile, South Korea says. Its last launch, on March 12, involved two cruise missiles.", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="BBC")
p("North Korea has fired a ballistic missile, South Korea's military says. The North also fired two missiles on March 14.", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="Guardian")
p("North Korea launched a missile today. Two days earlier, on March 14, it had fired two short-range missiles.", PUB, "2023-03-16", outlet="blog")
p("North Korea fired a missile today, the third launch this week after tests on March 12 and March 14.", PUB, "2023-03-16", outlet="blog")
p("North Korea fired a missile this morning, the JCS said. The launch follows the March 12 test of submarine-launched cruise missiles.", PUB, "2023-03-16", outlet="Yonhap")
p("North Korea fired a missile toward the East Sea this morning, the JCS said.\n\nThe North fired two short-range ballistic missiles on March 14 and two cruise missiles on March 12.", PUB, "2023-03-16", outlet="Yonhap")
p("North Korea fired a ballistic missile, the JCS said.\n\nOn March 14, the North fired two short-range missiles from South Hwanghae province.", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="Yonhap")

# ---- web-page furniture
p("North Korea fires ICBM\n\nNorth Korea fired an intercontinental ballistic missile on Thursday, the JCS said.\n\nREAD MORE: North Korea fires two missiles on Sunday in protest at drills\n\nThe missile flew for about 70 minutes.", PUB, "2023-03-16", outlet="Daily Mail")
p("North Korea fired a ballistic missile on Thursday, Japan said.\n\nRelated: North Korea test-fires cruise missiles from submarine (March 13, 2023)", PUB, "2023-03-16", outlet="blog")
p("North Korea has fired a long-range missile, officials said.\n\nNorth Korea just fired another missile. This is getting serious.\n-- Jane Analyst (@janeanalyst) March 16, 2023", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="blog")
p("Published: 07:09 GMT, 16 March 2023 | Updated: 10:11 GMT, 16 March 2023\n\nNorth Korea has fired a ballistic missile into the sea, the Japanese government said.", None, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="Daily Mail")
p("16 March 2023 - 3 min read\n\nNorth Korea fired a long-range ballistic missile on Thursday morning, Seoul said.", None, "2023-03-16", outlet="blog")
p("March 16, 2023\n\nNorth Korea launched an ICBM today, according to Japan's defense ministry.", None, "2023-03-16", outlet="blog")
p("NORTH KOREA\nMarch 16, 2023 -- North Korea fired a ballistic missile toward the East Sea on Thursday, the JCS said.", None, "2023-03-16", outlet="blog")
p("North Korea fired a ballistic missile on Thursday, the JCS said.\n\nFILE - A TV screen shows a file image of a North Korean missile launch during a news program in Seoul, on March 12, 2023.", PUB, "2023-03-16", outlet="AP")
p("North Korea fired a ballistic missile, the JCS said.\n\nFILE - A TV screen shows a North Korean missile launch during a news program in Seoul, on March 12, 2023.", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="AP")
p("North Korea fired a ballistic missile on Thursday, the JCS said.\n\nPeople watch a TV showing a file image of a missile launch at a station in Seoul on Thursday.", PUB, "2023-03-16", outlet="Reuters")

# ---- statement days of other parties near the launch's day
p("North Korea fired a ballistic missile on Wednesday, the JCS said. Japan's foreign ministry said on Thursday it had lodged a protest.", PUB, "2023-03-15", outlet="Kyodo")
p("U.S. officials said Thursday that North Korea fired the missile on Wednesday from near Pyongyang.", PUB, "2023-03-15", outlet="CNN")
p("North Korea's foreign ministry said on Thursday that the test on Wednesday was a legitimate act of self-defense.", PUB, "2023-03-15", outlet="KCNA")
p("South Korea's military said North Korea fired a ballistic missile, in a statement released on Thursday.", PUB, "2023-03-15..2023-03-16@2023-03-16", wd="-", outlet="blog")
p("A U.S. official told Reuters on Thursday that North Korea had launched an ICBM.", PUB, "2023-03-16", outlet="Reuters")
p("Japanese Prime Minister Fumio Kishida told reporters Thursday that North Korea had fired a missile that fell in the sea.", PUB, "2023-03-16", outlet="Japan Times")
p("Japan on Thursday said North Korea had fired a ballistic missile that fell outside its waters.", PUB, "2023-03-16", outlet="Kyodo")

# ---- the new rules must not take a day from the launch's own retelling
p("North Korea fired a ballistic missile early Thursday, the JCS said. The North fired a Hwasong-17 from the Pyongyang area on Thursday morning, it said.", PUB, "2023-03-16", outlet="Yonhap")
p("South Korea said on Thursday that North Korea had fired a missile. The missile was launched at 11 p.m. on Wednesday from Sunan, the JCS said.", PUB, "2023-03-15", outlet="Reuters")
p("North Korea fires ICBM\n\nNorth Korea launched an ICBM on Wednesday night, South Korea's military said on Thursday.", PUB, "2023-03-15", outlet="CNN")
p("Japan's coast guard said on Thursday that the missile North Korea fired on Wednesday landed outside the EEZ.", PUB, "2023-03-15", outlet="NHK")
p("North Korea fired a ballistic missile on Thursday, the JCS said, after it fired two cruise missiles on Sunday.", PUB, "2023-03-16", outlet="Korea Times")
p("North Korea fired a missile that flew over Japan, the government said on Thursday. It was the North's first overflight since October.", PUB, "2023-03-16", outlet="Kyodo")
