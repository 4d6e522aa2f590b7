"""Date probes, part C: no publication day (officeholders' terms, written dates, Juche years) and state-media styles.
Synthetic text, written for these probes."""
from common import p

# ---- (3) officeholders bound a report without a publication day; two terms apart
p("North Korea fired an intercontinental ballistic missile on Tuesday. President Donald Trump said the United States would respond, and Japanese Prime Minister Shinzo Abe called the launch unacceptable.", None, "2017-01-20..2020-09-16@2017-07-04", wd="Tuesday", outlet="blog")
p("North Korea fired a ballistic missile on Thursday. President Trump and South Korean President Lee Jae-myung spoke by phone.", None, "2025-06-04..@2025-06-05", wd="Thursday", outlet="blog")
p("North Korea fired a ballistic missile on Thursday, drawing condemnation from President Trump and Japanese Prime Minister Shigeru Ishiba.", None, "2025-01-20..2025-10-21@2025-05-08", wd="Thursday", outlet="blog")
p("North Korea launched a missile on Sunday. President Barack Obama and Prime Minister Shinzo Abe agreed to press for new sanctions.", None, "2012-12-26..2017-01-20@2016-02-07", wd="Sunday", outlet="blog")
p("North Korea fired a missile on Wednesday. President Moon Jae-in convened his security council, and President Trump tweeted about the launch.", None, "2017-05-10..2021-01-20@2017-11-29", wd="Wednesday", outlet="blog")
p("North Korea fired a ballistic missile on Thursday. President Joe Biden and President Yoon Suk Yeol pledged a firm response.", None, "2022-05-10..2025-01-20@2022-11-03", wd="Thursday", outlet="blog")
p("North Korea fired a missile on Friday. President Trump said he was not concerned, and President Yoon Suk Yeol called for calm.", None, "2025-01-20..2025-04-04@2025-03-14", wd="Friday", outlet="blog")
p("North Korea launched a missile on Tuesday. U.S. President Donald Trump said he had spoken to Japanese Prime Minister Shinzo Abe, who called it a grave threat.", None, "2017-01-20..2020-09-16@2017-08-29", wd="Tuesday", outlet="CNN")
p("North Korea fired a ballistic missile on Wednesday. Former President Barack Obama had warned President Trump about the North's program.", None, "2017-01-20..@2017-11-29", wd="Wednesday", outlet="blog")
p("North Korea launched a rocket on Sunday. U.N. Secretary-General Ban Ki-moon and President Park Geun-hye condemned the launch.", None, "2013-02-25..2017-01-01@2016-02-07", wd="Sunday", outlet="blog")
p("North Korea fired a missile on Friday. Secretary-General Antonio Guterres and Prime Minister Shinzo Abe condemned it.", None, "2017-01-01..2020-09-16@2017-09-15", wd="Friday", outlet="UN News")
p("North Korea fired a ballistic missile over Japan on Friday. Prime Minister Shinzo Abe said the launch was an intolerable act, and President Moon Jae-in ordered a drill.", None, "2017-05-10..2020-09-16@2017-09-15", wd="Friday", outlet="Japan Times")

# ---- no publication day: written dates bound the launch or date it
p("North Korea fired an intercontinental ballistic missile on Tuesday, July 4, President Donald Trump said.", None, "2017-01-20..@2017-07-04", wd="Tuesday", outlet="blog")
p("North Korea fired an intercontinental ballistic missile on Tuesday, July 4, President Donald Trump said. Prime Minister Shinzo Abe called it a grave threat.", None, "2017-07-04", outlet="blog")
p("North Korea fired a missile on Wednesday, Nov. 29. President Trump said it would be handled, and President Moon Jae-in condemned it.", None, "2017-11-29", outlet="blog")
p("On 3 November 2022, North Korea fired a long-range missile, the JCS said.", None, "2022-11-03", outlet="blog")
p("North Korea fired a long-range ballistic missile on November 3, 2022, according to Japan.", None, "2022-11-03", outlet="blog")
p("Pyongyang, July 5, Juche 106 (KCNA) -- The DPRK successfully test-launched the intercontinental ballistic rocket Hwasong-14 on July 4.", None, "2017-07-04", outlet="KCNA")
p("The test-fire of the Hwasong-14 was held on July 4, Juche 106, under the guidance of Kim Jong Un, KCNA said.", None, "2017-07-04", outlet="KCNA")
p("North Korea fired a missile on Sunday, Feb. 7, 2016, carrying what it called a satellite.", None, "2016-02-07", outlet="blog")
p("North Korea fired a ballistic missile on Thursday. The U.N. Security Council met on Nov. 4, 2022, to discuss the launch.", None, "2022-11-03..@2022-11-03", wd="Thursday", outlet="blog")
p("North Korea test-fired a missile on Sunday, 12 Feb 2017, weeks after President Trump took office.", None, "2017-02-12", outlet="blog")

# ---- state media (KCNA, Rodong Sinmun, KCTV) with a publication day
p("Pyongyang, March 17 (KCNA) -- The DPRK Missile General Bureau test-fired a new-type ICBM Hwasong-18 on March 16.", "2023-03-17", "2023-03-16", outlet="KCNA")
p("Pyongyang, March 17 (KCNA) -- Respected Comrade Kim Jong Un watched a test-fire of ICBM Hwasong-17 yesterday.", "2023-03-17", "2023-03-16", outlet="KCNA")
p("Pyongyang, March 17 (KCNA) -- A launching drill of the Hwasong-17 was staged in the Pyongyang International Airport on March 16, Juche 112 (2023).", "2023-03-17", "2023-03-16", outlet="KCNA")
p("The DPRK carried out a test-launch of a new-type ICBM in the morning of March 16, KCNA said.", "2023-03-17", "2023-03-16", outlet="KCNA")
p("North Korea's Rodong Sinmun reported on Friday that the country had test-fired a Hwasong-17 on Thursday.", "2023-03-17", "2023-03-16", outlet="Rodong Sinmun")
p("North Korea's state media confirmed on Friday that leader Kim Jong Un oversaw Thursday's launch of a Hwasong-17.", "2023-03-17", "2023-03-16", outlet="NK News")
p("KCNA said on Friday that the test, held the previous day, confirmed the reliability of the weapon system.\n\nNorth Korea launched the Hwasong-17 ICBM from the Pyongyang airport.", "2023-03-17", "2023-03-16", outlet="NK News")
p("North Korea said Friday it had tested a new intercontinental ballistic missile a day earlier under Kim Jong Un's supervision.", "2023-03-17", "2023-03-16", outlet="AP")
p("North Korea said on Friday it test-fired a Hwasong-17 on Thursday to warn its enemies.", "2023-03-17", "2023-03-16", outlet="Reuters")
p("State media KCTV aired footage on Friday of the missile launched on Thursday.", "2023-03-17", "2023-03-16", outlet="NK News")

# ---- the launch day stated further down the story
p("North Korea has fired another ballistic missile, the JCS said.\n\nThe missile was launched at 7:41 a.m. on Thursday from the Sunan area, it said.", "2023-03-16", "2023-03-16", outlet="Yonhap")
p("North Korea fired a missile, South Korea said.\n\nThe launch happened at about 10 a.m. Thursday, an official said.", "2023-03-16", "2023-03-16", outlet="AP")
p("North Korea has launched a ballistic missile, Japan said.\n\nThe missile, which flew for about 70 minutes, was fired on Thursday morning.", "2023-03-16", "2023-03-16", outlet="NHK")
p("Japan protests North Korean missile\n\nJapan lodged a protest after North Korea fired a ballistic missile. The missile was launched on Thursday at 7:09 a.m.", "2023-03-16", "2023-03-16", outlet="Kyodo")
p("North Korea has fired a ballistic missile into the sea, Seoul says.\n\nThursday's test came as Yoon Suk Yeol prepared to fly to Tokyo.", "2023-03-16", "2023-03-16", outlet="BBC")
p("North Korea fires missile ahead of Yoon's Tokyo visit\n\nNorth Korea launched a long-range missile, officials said. The launch early Thursday was the North's third in a week.", "2023-03-16", "2023-03-16", outlet="CNN")
