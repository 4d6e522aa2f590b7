"""Date probes, part A: which day word is the launch's, with a publication day. Every text is synthetic, written for
these probes (no corpus text). Week used most: Mon 2023-03-13 ... Sun 2023-03-19 (Thu 16 = the usual publication day)."""
from common import p

PUB = "2023-03-16"

# ---- (1) the launch day tied by words other than "fired": nouns, outcomes, passive, possessive
p("SEOUL, March 16 (Yonhap) -- North Korea's attempted launch of a military reconnaissance satellite ended in failure on Thursday, the Joint Chiefs of Staff said.", PUB, "2023-03-16", outlet="Yonhap")
p("North Korea test-fired a ballistic missile from its east coast, South Korean and U.S. officials said. The missile exploded early Wednesday moments after liftoff.", PUB, "2023-03-15", outlet="AP")
p("North Korea launched a missile from near Wonsan, according to the U.S. military, but the missile blew up shortly after takeoff on Wednesday.", PUB, "2023-03-15", outlet="CNN")
p("North Korea has fired a ballistic missile, South Korea says.\n\nThe missile broke apart in mid-air on Wednesday, a South Korean defence official said.", PUB, "2023-03-15", outlet="BBC")
p("North Korea fired a short-range ballistic missile into the sea, South Korea's military said.\n\nWednesday's launch was the third this month.", PUB, "2023-03-15", outlet="Reuters")
p("North Korea fired a ballistic missile, Japan's coast guard said. The North on Wednesday sent the missile arcing over the sea off its east coast.", PUB, "2023-03-15", outlet="Kyodo")
p("A ballistic missile was launched from the Pyongyang area at 7:10 a.m. Wednesday, the JCS said.", PUB, "2023-03-15", outlet="Yonhap")
p("North Korea conducted another weapons test Wednesday, sending a short-range missile into the sea, officials in Seoul said.", PUB, "2023-03-15", outlet="AP")
p("The North's military carried out a launch on Wednesday morning, Seoul's Joint Chiefs of Staff said in a text message to reporters.", PUB, "2023-03-15", outlet="NK News")
p("Pyongyang test-launched what appeared to be a new solid-fuel missile on Wednesday, according to Seoul.", PUB, "2023-03-15", outlet="Guardian")
p("The missile, which was launched on Wednesday from near the capital, flew about 1,000 km before splashing down, officials said.", PUB, "2023-03-15", outlet="NHK")
p("North Korea's latest weapons test, on Wednesday, involved a ballistic missile fired toward the East Sea, Seoul said.", PUB, "2023-03-15", outlet="Xinhua")
p("North Korea fired a ballistic missile into the sea, Seoul said. The firing on Wednesday came hours before a summit in Tokyo.", PUB, "2023-03-15", outlet="Reuters")
p("North Korea launched two ballistic missiles late on Wednesday, Japan's defense ministry said.", PUB, "2023-03-15", outlet="NHK")
p("North Korea's Wednesday launch of an ICBM drew condemnation from Tokyo and Washington.", PUB, "2023-03-15", outlet="blog")
p("North Korea test-fired a missile that splashed down off its east coast on Wednesday, the JCS said.", PUB, "2023-03-15", outlet="AP")
p("A suspected North Korean ballistic missile landed in the Sea of Japan on Wednesday, Japan's coast guard said.", PUB, "2023-03-15", outlet="Kyodo")
p("North Korea staged its latest missile launch on Wednesday, firing what Seoul called a short-range ballistic missile.", PUB, "2023-03-15", outlet="Guardian")
p("North Korea launched a rocket carrying a spy satellite, but the rocket crashed into the sea on Wednesday, the North admitted.", PUB, "2023-03-15", outlet="BBC")
p("North Korea fired an intercontinental ballistic missile into the sea, Japan said. The North's test on Wednesday was its first of an ICBM since November, analysts said.", PUB, "2023-03-15", outlet="blog")
p("North Korea launched a ballistic missile toward the East Sea, the Joint Chiefs of Staff said. The missile was fired on Wednesday from the Sunan area.", PUB, "2023-03-15", outlet="Yonhap")
p("An intercontinental ballistic missile was detected on Wednesday morning, South Korea's military said.", PUB, "2023-03-15", outlet="Reuters")
p("North Korea launched a ballistic missile, South Korea said. The launch, on Wednesday, was the North's fourth this year.", PUB, "2023-03-15", outlet="CNN")
p("North Korea's military lobbed a pair of short-range missiles into the sea on Wednesday, South Korea's military said.", PUB, "2023-03-15", outlet="NK News")
p("North Korea said it had successfully tested a new hypersonic missile. The test took place on Wednesday, state media said.", PUB, "2023-03-15", outlet="BBC")
p("North Korea said its attempt to put a satellite into orbit failed. The rocket was launched early on Wednesday, but its second stage malfunctioned.", PUB, "2023-03-15", outlet="Guardian")
p("North Korea fired a ballistic missile early Wednesday, South Korea's military said, the latest in a flurry of tests.", PUB, "2023-03-15", outlet="AP")

# ---- (1b) the launch day only as a statement's: "said on Wednesday (morning) that the North had fired"
p("South Korea's military said on Thursday morning that North Korea had fired a ballistic missile into the East Sea.", PUB, "2023-03-16", outlet="Reuters")
p("South Korea's Joint Chiefs of Staff said Thursday that North Korea fired a short-range ballistic missile toward its eastern waters.", PUB, "2023-03-16", outlet="AP")
p("Japan's defense ministry said on Thursday that North Korea had fired a ballistic missile that fell outside its exclusive economic zone.", PUB, "2023-03-16", outlet="NHK")
p("Seoul's military said on Wednesday that the North had launched a ballistic missile from the Pyongyang area, in its first test in a month.", PUB, "2023-03-15", outlet="Yonhap")
p("The Japanese government said early Thursday North Korea had launched what appeared to be a ballistic missile.", PUB, "2023-03-16", outlet="Kyodo")
p("North Korea fired a short-range missile into the sea, South Korea's military said Thursday. The test, conducted the previous day, was the North's third this month.", PUB, "2023-03-15", outlet="blog")
p("North Korea has fired another missile, South Korea's military said on Thursday.\n\nThe launch was detected at about 7:40 a.m.", PUB, "2023-03-16", outlet="BBC")
p("North Korea launched a ballistic missile, South Korea said on Thursday. The missile, fired a day earlier from near Pyongyang, flew about 800 km.", PUB, "2023-03-15", outlet="Reuters")
p("North Korea fired a missile, South Korea's military said on Thursday, a day after it launched a cruise missile from a submarine.", PUB, "2023-03-16", outlet="Reuters")

# ---- another event's day in the same sentence must not win
p("North Korea fired a ballistic missile on Thursday, hours before the leaders of Japan and South Korea met in Tokyo on Thursday afternoon.", PUB, "2023-03-16", outlet="AP")
p("North Korea fired a ballistic missile on Wednesday, a day before President Yoon Suk Yeol flew to Tokyo for a summit on Thursday.", PUB, "2023-03-15", outlet="Reuters")
p("North Korea fired an ICBM toward the sea, officials said. The U.N. Security Council will meet on Friday to discuss North Korea's launch of an ICBM on Thursday, diplomats said.", PUB, "2023-03-16", outlet="Reuters")
p("Japan lodged a protest on Thursday over the missile North Korea fired on Wednesday, the foreign ministry said.", PUB, "2023-03-15", outlet="Kyodo")
p("U.S. and South Korean forces began their largest drills in years on Monday. North Korea fired a short-range missile on Wednesday in response, the JCS said.", PUB, "2023-03-15", outlet="Yonhap")
p("North Korea fired two ballistic missiles on Thursday. On Monday, Kim Jong Un had inspected a missile unit, state media said.", PUB, "2023-03-16", outlet="NK News")
p("North Korea fired a ballistic missile on Thursday, South Korea said, as President Yoon Suk Yeol prepared to leave for Tokyo on Thursday afternoon.", PUB, "2023-03-16", outlet="CNN")
p("Kim Jong Un's sister warned on Tuesday of more action. North Korea then fired a ballistic missile on Thursday morning, the JCS said.", PUB, "2023-03-16", outlet="Guardian")
p("South Korea's National Security Council held an emergency meeting on Thursday after North Korea launched a missile on Wednesday night.", PUB, "2023-03-15", outlet="Yonhap")
p("North Korea fired a missile on Thursday. The U.S. envoy, who arrived in Seoul on Tuesday, called it a provocation.", PUB, "2023-03-16", outlet="Xinhua")

# ---- (1c) outcome words and story sentences that carry the day
p("North Korea fired a space launch vehicle from the Sohae site, Seoul said.\n\nThe launch ended in failure on Wednesday when the second stage failed to ignite.", PUB, "2023-03-15", outlet="Yonhap")
p("North Korea launched a missile that appeared to fail, South Korea's military said. Sunday's launch came a week after the North paraded new weapons.", "2023-03-20", "2023-03-19", outlet="AP")
p("North Korea fired a missile in a failed test, U.S. officials said. It exploded early Saturday within seconds of launch, the officials said.", "2023-03-20", "2023-03-18", outlet="CNN")
p("North Korea test-fired a missile from Sinpo, the South's military said. The projectile disintegrated on Saturday shortly after it left the launch pad.", "2023-03-20", "2023-03-18", outlet="Reuters")
p("North Korea fired a ballistic missile into the sea, South Korea said. The test Saturday morning was the North's first this year.", "2023-03-20", "2023-03-18", outlet="AP")
p("North Korea fired a ballistic missile, the JCS said. The missile, fired Saturday from Tongchang-ri, flew east.", "2023-03-20", "2023-03-18", outlet="Korea Herald")
p("North Korea fired a ballistic missile toward the sea, officials said.\n\nSaturday's test, which Kim Jong Un watched, involved a new solid-fuel engine.", "2023-03-20", "2023-03-18", outlet="NK News")
p("North Korea fired a missile, Japan said. Saturday's launch appeared to be of a new type, Japan's defence minister said on Sunday.", "2023-03-20", "2023-03-18", outlet="Japan Times")
