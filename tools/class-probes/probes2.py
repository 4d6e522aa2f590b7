"""Class probes, second set (issue #11, branch classes2): written before the rules they found were changed, from how
outlets write, not from the corpus. Same keys as probes.py (rc, cat, actor, basing, name, rel; "a|b" lists acceptable
values, "null" is no value). Conventions followed (../shared/gold/README.md and the tuned gold's notes):
- a missile's name alone gives no range class (gold: Hwasong-12 named without a class word is null), so a named
  missile's probe accepts null or the catalogue's class; what it must never give is the background's class;
- "short-range" without "ballistic" is SRBM or none (R2); "long-range ballistic missile" alone is none or ICBM; a
  stated range or a reach ("capable of reaching the U.S. mainland", "Guam") is a capability, not a class word;
- "ballistic" not written -> unknown also right; a ballistic range class -> ballistic also right (R1); hypersonic and
  ballistic are both right wherever either is (the scorer);
- another country's launch has that actor; a party that condemns, watches, tracks or intercepts does not launch.
gen.py adds these to ClassProbes.tsv after probes.py's."""
P2 = []
def p(text, exp, outlet="", published="2023-03-16"): P2.append((published, outlet, exp, text))

# ---- range class from a named missile: never the background's class
p("North Korea fired a Hwasong-12 over Japan on Thursday, Japan's defense ministry said. Its ICBMs could one day reach Washington.", "rc=null|IRBM;cat=ballistic|unknown;actor=North Korea", "Kyodo")
p("PYONGYANG, March 16 (KCNA) -- The Hwasongpho-18 was launched from the Pyongyang area on Thursday under the guidance of Kim Jong Un.", "rc=null|ICBM;cat=ballistic|unknown;actor=North Korea", "KCNA")
p("North Korea fired two Scud missiles into the East Sea on Thursday, a military official in Seoul said.", "rc=SRBM|null;cat=ballistic|unknown;actor=North Korea", "Yonhap")
p("North Korea test-fired a Nodong missile into the Sea of Japan on Thursday, U.S. officials said. In November it tested an intercontinental ballistic missile.", "rc=MRBM|null;cat=ballistic|unknown", "Washington Post")
p("North Korea launched a Musudan missile from near Wonsan on Thursday, but the launch appeared to have failed, the Pentagon said.", "rc=IRBM|null;cat=ballistic|unknown;actor=North Korea", "CNN")
p("North Korea fired two KN-23 missiles toward the East Sea on Thursday, South Korean officials said. Its longer-range Hwasong-17 ICBM was last tested in November.", "rc=SRBM|null;cat=ballistic|unknown", "Reuters")
p("North Korea fired a Pukguksong-3 from a submarine off Sinpo on Thursday, the Joint Chiefs of Staff said.", "rc=null;cat=ballistic|unknown;basing=submarine;actor=North Korea", "Yonhap")
p("The missile fired on Thursday was a Hwasong-12, officials in Tokyo said, the same type that flew over Hokkaido last year. North Korea has also tested ICBMs.", "rc=null|IRBM;cat=ballistic|unknown", "NHK")
p("North Korea fired a Hwasong-17 intercontinental ballistic missile from Sunan on Thursday, Japan said.", "rc=ICBM;cat=ballistic;actor=North Korea", "Japan Times")
p("North Korea said it test-fired Hwasal-2 missiles on Thursday, flying them for more than two hours over the West Sea.", "rc=null;cat=cruise;actor=North Korea", "NK News")
p("N. Korea fires KN-25 rockets into sea\n\nNorth Korea fired two KN-25 rockets into the East Sea on Thursday, the JCS said. The North last launched an IRBM in January.", "rc=SRBM|null", "Korea Herald")
p("North Korea fired a ballistic missile on Thursday, believed to be an upgraded Scud, after it launched a Hwasong-15 ICBM in February.", "rc=SRBM|null;cat=ballistic", "AP")

# ---- range class from words, and class words that are not this launch's
p("North Korea fired a ballistic missile capable of reaching the U.S. mainland on Thursday, Japan's defence minister said.", "rc=null|ICBM;cat=ballistic;actor=North Korea", "BBC")
p("North Korea fired a ballistic missile on Thursday that analysts said could reach Guam, South Korea's military said.", "rc=null|IRBM;cat=ballistic", "Guardian")
p("North Korea fired a long-range ballistic missile into the sea on Thursday, Tokyo said.", "rc=null|ICBM;cat=ballistic;actor=North Korea", "NHK")
p("North Korea fired a ballistic missile that flew about 1,000 km before landing in the sea on Thursday, South Korea's military said.", "rc=null;cat=ballistic", "Reuters")
p("North Korea fired a short-range ballistic missile on Thursday, the JCS said. South Korea has deployed long-range missiles of its own.", "rc=SRBM;cat=ballistic", "Yonhap")
p("North Korea fired an intercontinental ballistic missile on Thursday. India tested an intermediate-range Agni missile last week.", "rc=ICBM;cat=ballistic", "Times of India")
p("North Korea fired a short-range ballistic missile on Thursday, a month after Russia tested its Sarmat intercontinental missile.", "rc=SRBM;cat=ballistic", "Moscow Times")
p("N. Korea fires medium-range ballistic missile, Seoul says\n\nNorth Korea fired a medium-range ballistic missile into the East Sea on Thursday, the South's military said.", "rc=MRBM;cat=ballistic", "Yonhap")
p("North Korea fired a ballistic missile on Thursday, four days after it launched an intercontinental ballistic missile, the JCS said.", "rc=null;cat=ballistic", "Yonhap")
p("North Korea fired a short-range ballistic missile on Thursday. The launch was the North's first since it fired a Hwasong-18 ICBM in December.", "rc=SRBM;cat=ballistic", "NK News")
p("North Korea fired a ballistic missile on Thursday. Japan's defence minister said the missile appeared to be of the ICBM class.", "rc=ICBM;cat=ballistic", "Kyodo")
p("North Korea fired a ballistic missile on Thursday, which the South's military assessed to be a short-range missile.", "rc=SRBM|null;cat=ballistic", "Korea Times")
p("North Korea fired a missile on Thursday that it said was a new intermediate-range missile.", "rc=IRBM;cat=unknown|ballistic", "Reuters")
p("North Korea fired two short-range ballistic missiles on Thursday, hours after the U.S. tested a Minuteman III ICBM in California.", "rc=SRBM;cat=ballistic;actor=North Korea", "CNN")
p("North Korea fired a ballistic missile on Thursday. South Korea's Hyunmoo-4, a short-range ballistic missile, was unveiled last year.", "rc=null;cat=ballistic", "Korea JoongAng Daily")
p("North Korea launched an ICBM on Thursday that flew for 74 minutes, Japan said. China tested its own intercontinental missile into the Pacific last year.", "rc=ICBM;cat=ballistic;actor=North Korea", "South China Morning Post")
p("North Korea fired a ballistic missile on Thursday, the third launch this week after two short-range missiles on Monday.", "rc=null;cat=ballistic", "Reuters")
p("North Korea fired a ballistic missile toward the East Sea on Thursday, days after firing an intermediate-range missile over Japan.", "rc=null;cat=ballistic", "AP")

# ---- category: rocket artillery, cruise, space launch, hypersonic, submarine basing, projectiles
p("North Korea fired rounds from a super-large multiple rocket launcher into the East Sea on Thursday, the JCS said.", "rc=null;cat=rocket_artillery;actor=North Korea", "Yonhap")
p("PYONGYANG, March 16 (KCNA) -- The 600mm super-large multiple rocket launcher was test-fired on Thursday.", "rc=null;cat=rocket_artillery;actor=North Korea", "KCNA")
p("North Korea fired several rockets from a multiple rocket launcher into the Yellow Sea on Thursday, South Korea's military said.", "rc=null;cat=rocket_artillery", "AFP")
p("North Korea fired a volley of rockets from a multiple-launch rocket system toward the sea on Thursday, Seoul said.", "rc=null;cat=rocket_artillery", "Al Jazeera")
p("North Korea test-fired strategic cruise missiles off its west coast on Thursday, KCNA said.", "rc=null;cat=cruise;actor=North Korea", "Reuters")
p("PYONGYANG, March 16 (KCNA) -- A firing drill of strategic cruise missiles was conducted on Thursday.", "rc=null;cat=cruise;actor=North Korea", "KCNA")
p("North Korea fired several cruise missiles toward the Yellow Sea on Thursday, the South's military said. The North has also fired ICBMs this year.", "rc=null;cat=cruise", "Korea Herald")
p("North Korea launched a rocket carrying a military reconnaissance satellite on Thursday, Japan's government said.", "rc=null;cat=space_launch;actor=North Korea", "NHK")
p("PYONGYANG, March 16 (KCNA) -- The new-type satellite carrier rocket Chollima-1 lifted off from the Sohae Satellite Launching Ground on Thursday.", "rc=null;cat=space_launch;actor=North Korea", "KCNA")
p("North Korea launched what it called a space launch vehicle on Thursday, the JCS said. Washington says such rockets share technology with ICBMs.", "rc=null;cat=space_launch", "AP")
p("North Korea fired a hypersonic glide vehicle on Thursday, South Korea's military said.", "rc=null;cat=hypersonic|ballistic", "Yonhap")
p("PYONGYANG, March 16 (KCNA) -- The hypersonic gliding flight warhead detached from the missile and flew 1,000 km on Thursday.", "rc=null;cat=hypersonic|ballistic", "KCNA")
p("North Korea fired a submarine-launched ballistic missile from waters off Sinpo on Thursday, the JCS said.", "rc=null;cat=ballistic;basing=submarine", "Yonhap")
p("PYONGYANG, March 16 (KCNA) -- An SLBM was fired from the 8.24 Yongung ship on Thursday.", "rc=null;cat=ballistic;basing=submarine", "KCNA")
p("North Korea fired a ballistic missile from a submarine in the East Sea on Thursday, officials in Seoul said.", "cat=ballistic;basing=submarine", "Korea Times")
p("North Korea launched several projectiles into the sea on Thursday, South Korea's military said. It has tested ICBMs before.", "rc=null;cat=unknown", "BBC")
p("PYONGYANG, March 16 (KCNA) -- The Academy of Defence Science test-fired a new-type tactical guided weapon on Thursday.", "rc=null|SRBM;cat=unknown|ballistic;actor=North Korea", "KCNA")
p("PYONGYANG, March 16 (KCNA) -- A launching drill of tactical ballistic missiles was held on Thursday.", "rc=null;cat=ballistic;actor=North Korea", "KCNA")
p("North Korea said it fired Hwasal-1 strategic cruise missiles that flew 1,500 km over the sea on Thursday.", "rc=null;cat=cruise", "Yonhap")
p("PYONGYANG, March 16 (KCNA) -- Strategic cruise missiles were launched from the destroyer Choe Hyon on Thursday.", "rc=null;cat=cruise;basing=ship", "KCNA")
p("North Korea said it test-fired a Pulhwasal-3-31 cruise missile from a submarine on Thursday.", "rc=null;cat=cruise;basing=submarine", "NK News")

# ---- KCNA's own words of a launch
p("PYONGYANG, March 16 (KCNA) -- The Korean People's Army conducted a launching drill of the ICBM Hwasongpho-18 on Thursday.", "rc=ICBM;cat=ballistic;actor=North Korea", "KCNA")
p("PYONGYANG, March 16 (KCNA) -- A firing contest of multiple rocket launcher units was held on Thursday under the guidance of Kim Jong Un.", "rel=true;cat=rocket_artillery;actor=North Korea", "KCNA")
p("PYONGYANG, March 16 (KCNA) -- Kim Jong Un guided a volley-firing drill of super-large multiple rocket launchers on Thursday.", "rel=true;cat=rocket_artillery;actor=North Korea", "KCNA")
p("PYONGYANG, March 16 (KCNA) -- The Missile General Bureau conducted a test-fire of a hypersonic intermediate-range ballistic missile on Thursday.", "rc=IRBM;cat=hypersonic|ballistic;actor=North Korea", "KCNA")
p("PYONGYANG, March 16 (KCNA) -- The DPRK successfully launched the reconnaissance satellite Malligyong-1 by the new-type carrier rocket Chollima-1 on Thursday.", "rc=null;cat=space_launch;actor=North Korea", "KCNA")
p("PYONGYANG, March 16 (KCNA) -- The KPA fired projectiles from new-type large-caliber artillery rocket launchers on Thursday.", "rel=true;cat=rocket_artillery", "KCNA")

# ---- relevance: a reaction or analysis built around one launch reports it
p("The White House on Thursday condemned North Korea's launch of a ballistic missile as a flagrant violation of UN resolutions.", "rel=true;cat=ballistic;actor=North Korea", "White House")
p("Japan lodged a strong protest with North Korea on Thursday over its ballistic missile launch.", "rel=true;cat=ballistic;actor=North Korea", "Japan Times")
p("UN Secretary-General Antonio Guterres strongly condemned the launch of a long-range ballistic missile by the DPRK on Thursday.", "rel=true;rc=null|ICBM;cat=ballistic;actor=North Korea", "UN News")
p("South Korea's foreign ministry said on Thursday it strongly condemned North Korea's firing of a short-range ballistic missile.", "rel=true;rc=SRBM;actor=North Korea", "Yonhap")
p("The UN Security Council will hold an emergency meeting on Friday on North Korea's launch of an ICBM.", "rel=true;rc=ICBM;actor=North Korea", "Reuters")
p("China urged calm on Thursday after North Korea fired a ballistic missile into the sea.", "rel=true;cat=ballistic;actor=North Korea", "Xinhua")
p("Russia's foreign ministry said on Thursday it had taken note of the missile launch and called for restraint on all sides.", "rel=true;actor=North Korea", "TASS")
p("Japanese Prime Minister Fumio Kishida on Thursday condemned the launch by North Korea, calling it absolutely unacceptable.", "rel=true;actor=North Korea", "Kyodo")
p("U.S. Secretary of State Antony Blinken condemned North Korea for firing an intercontinental ballistic missile on Thursday.", "rel=true;rc=ICBM;actor=North Korea", "State Department")
p("Seoul's National Security Council convened an emergency meeting on Thursday after the North fired a short-range ballistic missile.", "rel=true;rc=SRBM;actor=North Korea", "Korea Herald")
p("China said on Thursday it had noticed reports of North Korea's missile launch and hoped all parties would exercise restraint.", "rel=true;actor=North Korea", "Global Times")
p("The European Union on Thursday denounced the DPRK for launching a ballistic missile, calling on it to abandon its weapons programmes.", "rel=true;cat=ballistic;actor=North Korea", "EU")
p("The Security Council is scheduled to meet on Friday to discuss the launch of an intermediate-range missile by North Korea.", "rel=true;rc=IRBM;actor=North Korea", "UN News")

# ---- relevance: preparations, parades, nuclear tests, exhibitions, lulls, sanctions, engine tests are not launches
p("A North Korean missile was seen in an upright firing position at a launch site on Thursday, satellite images showed, suggesting an imminent launch.", "rel=false", "CNN")
p("South Korea's military said on Thursday it had detected signs that North Korea was preparing to launch an ICBM.", "rel=false", "Yonhap")
p("North Korea showed off its largest ICBMs at a military parade in Pyongyang on Thursday night.", "rel=false", "AP")
p("North Korea conducts nuclear test, says bomb can be loaded on missiles\n\nNorth Korea carried out its sixth nuclear test on Thursday, saying it had developed a hydrogen bomb that could be loaded onto an ICBM.", "rel=false", "Reuters")
p("Kim Jong Un toured an exhibition of missiles and rockets in Pyongyang on Thursday, KCNA said.", "rel=false", "KCNA")
p("North Korea has not launched a missile in 60 days, the longest lull this year, analysts said on Thursday.", "rel=false", "NK News")
p("The U.S. Treasury on Thursday imposed sanctions on five North Koreans involved in the country's missile programme.", "rel=false", "Treasury")
p("North Korea conducted a ground test of a high-thrust solid-fuel engine for a new-type strategic weapon on Thursday, KCNA said.", "rel=false", "KCNA")
p("The United States and South Korea said on Thursday they would respond firmly if North Korea launches an ICBM.", "rel=false", "Yonhap")
p("North Korea notified Japan's coast guard on Thursday that it plans to launch a satellite between May 31 and June 11.", "rel=false", "NHK")
p("Missiles and tanks rolled through Kim Il Sung Square on Thursday as North Korea celebrated the founding of its army.", "rel=false", "Guardian")
p("Satellite imagery shows North Korea moving missile launchers near Pyongyang, raising fears of an imminent test, a think tank said on Thursday.", "rel=false", "38 North")
p("PYONGYANG, March 16 (KCNA) -- Kim Jong Un inspected a munitions factory producing missile launchers on Thursday.", "rel=false", "KCNA")

# ---- another country's launch, with that actor
p("South Korea successfully test-fired its Hyunmoo-4 ballistic missile on Thursday, the defense ministry said.", "rel=true;cat=ballistic;actor=South Korea", "Yonhap")
p("The U.S. Air Force launched an unarmed Minuteman III intercontinental ballistic missile from Vandenberg on Thursday.", "rel=true;rc=ICBM;actor=United States", "Air Force Times")
p("Japan launched an H3 rocket carrying an Earth observation satellite from the Tanegashima Space Center on Thursday.", "rel=true;cat=space_launch;actor=Japan", "Kyodo")
p("South Korea's homegrown Nuri rocket put a satellite into orbit on Thursday, the science ministry said.", "rel=true;cat=space_launch;actor=South Korea", "Korea Herald")
p("Iran launched a Simorgh satellite carrier rocket from the Imam Khomeini Spaceport on Thursday, state TV said.", "rel=true;cat=space_launch;actor=Iran", "Press TV")
p("Russia test-fired a Sarmat intercontinental ballistic missile from Plesetsk on Thursday, the defence ministry said.", "rel=true;rc=ICBM;actor=Russia", "TASS")
p("China launched a Long March 2D rocket carrying three satellites from the Jiuquan centre on Thursday.", "rel=true;cat=space_launch;actor=China", "Xinhua")
p("India successfully test-fired the Agni-V intercontinental ballistic missile from an island off Odisha on Thursday.", "rel=true;rc=ICBM;actor=India", "Times of India")
p("South Korea's military test-fired a new long-range surface-to-air missile on Thursday, the Agency for Defense Development said.", "rel=true;actor=South Korea", "Yonhap")

# ---- actor: who reacts, watches, tracks or intercepts did not launch
p("The U.S. Indo-Pacific Command said on Thursday it had detected and tracked a North Korean ballistic missile launch.", "rel=true;cat=ballistic;actor=North Korea", "INDOPACOM")
p("Japan's coast guard warned ships on Thursday after North Korea fired what may be a ballistic missile.", "rel=true;cat=ballistic|unknown;actor=North Korea", "NHK")
p("South Korea's Joint Chiefs of Staff said it was tracking a missile launched by North Korea toward the East Sea on Thursday.", "rel=true;actor=North Korea", "Yonhap")
p("Israel's military said it intercepted a missile launched from Yemen on Thursday.", "rel=true;actor=Houthis", "Times of Israel")
p("Japan's defence ministry said on Thursday that a ballistic missile launched by North Korea had fallen outside its exclusive economic zone.", "rel=true;cat=ballistic;actor=North Korea", "Japan Times")
p("The Pentagon said on Thursday it was assessing a launch by North Korea and consulting closely with allies.", "rel=true;actor=North Korea", "Defense News")
