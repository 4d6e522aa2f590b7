"""Date probes, part E: whole short reports (headline, lead, background, captions) where the launch's day competes
with other days and dates across sentences. Synthetic text, written for these probes."""
from common import p

PUB = "2023-03-16"   # Thursday

p("""North Korea fires ICBM hours before Yoon-Kishida summit

SEOUL/TOKYO, March 16 (Reuters) - North Korea fired an intercontinental ballistic missile on Thursday, hours before South Korea's president was due to fly to Tokyo for a summit.

The missile was launched at 7:09 a.m. (2209 GMT Wednesday) from the Pyongyang area, South Korea's Joint Chiefs of Staff said.

On Sunday, North Korea fired two cruise missiles from a submarine, and on Tuesday it launched two short-range missiles.

The U.N. Security Council is expected to meet on Friday.""", PUB, "2023-03-16", outlet="Reuters")

p("""N. Korea fires long-range missile

SEOUL, March 16 (Yonhap) -- North Korea fired a long-range ballistic missile toward the East Sea on Thursday morning, the Joint Chiefs of Staff (JCS) said.

The launch came three days after South Korea and the United States kicked off their Freedom Shield exercise on Monday.

It marked the North's fourth launch this month, following the March 12 firing of two cruise missiles.""", PUB, "2023-03-16", outlet="Yonhap")

p("""Japan condemns North Korean missile launch

Japan's Prime Minister Fumio Kishida on Thursday condemned North Korea's latest missile launch, which came as he prepared to host South Korea's president.

The missile, launched early Thursday, fell outside Japan's exclusive economic zone after flying for about 70 minutes, the defense ministry said.

Kishida will meet President Yoon Suk Yeol in Tokyo on Thursday afternoon.""", PUB, "2023-03-16", outlet="Kyodo")

p("""White House: North Korea's launch a 'brazen violation'

WASHINGTON -- The White House on Wednesday condemned North Korea's launch of an intercontinental ballistic missile, calling it a brazen violation of U.N. resolutions.

North Korea fired the missile Wednesday evening Washington time, officials said.

National Security Council spokesperson Adrienne Watson said the president had been briefed.""", "2023-03-15", "2023-03-16", outlet="White House")

p("""North Korea test-fires new solid-fuel ICBM, state media says

North Korea tested a new solid-fuel intercontinental ballistic missile, state media said on Friday, calling it the country's most powerful weapon.

The launch, overseen by Kim Jong Un, took place on Thursday, the Korean Central News Agency said.

South Korea and Japan had reported the launch on Thursday morning.""", "2023-03-17", "2023-03-16", outlet="AP")

p("""North Korea launch: What we know

North Korea has launched another ballistic missile, the latest in a string of tests this year.

The missile was fired at about 07:10 local time on Thursday (22:10 GMT Wednesday) and flew east.

In a photo released on 12 March, North Korean leader Kim Jong Un watches a cruise missile launch.""", PUB, "2023-03-16", outlet="BBC")

p("""DPRK conducts ICBM test

PYONGYANG, March 17 (Xinhua) -- The Democratic People's Republic of Korea (DPRK) launched a Hwasong-17 intercontinental ballistic missile on Thursday, the official Korean Central News Agency (KCNA) reported on Friday.

The launch was conducted to warn enemies, KCNA said.""", "2023-03-17", "2023-03-16", outlet="Xinhua")

p("""North Korea fires missile as Yoon heads to Tokyo

By Jane Reporter, CNN
Updated 1:15 AM EDT, Thu March 16, 2023

North Korea fired a long-range ballistic missile on Thursday, hours before South Korean President Yoon Suk Yeol was to travel to Japan.

The launch followed a cruise missile test on Sunday and comes amid joint U.S.-South Korea drills that began Monday.""", None, "2023-03-16", outlet="CNN")

p("""North Korea's missile overflight: timeline

Oct. 4, 2022: North Korea fires an IRBM over Japan.
Nov. 3, 2022: North Korea fires an ICBM that apparently fails.
North Korea fired an ICBM on Thursday, the latest in the series, the JCS said.""", PUB, "2023-03-16", outlet="blog")

p("""U.S., allies condemn North Korea ICBM

The United States, Japan and South Korea on Thursday condemned North Korea's launch of an intercontinental ballistic missile a day earlier.

North Korea fired the missile toward the Sea of Japan, the Pentagon said.""", PUB, "2023-03-15", outlet="State Department")

p("""North Korea fires ballistic missile

TOKYO (AP) -- North Korea fired a ballistic missile into the sea Thursday, Japan's coast guard said, in the North's latest weapons test.

The launch came a day after Japan and the United States held air drills on Wednesday.

Japanese Prime Minister Fumio Kishida said Japan would strengthen its defenses.""", PUB, "2023-03-16", outlet="AP")

p("""North Korea says it tested 'monster' missile

North Korea said Friday it had tested a new ICBM on Thursday, with Kim Jong Un vowing to expand the country's nuclear arsenal.

On Wednesday, South Korea and the United States held talks in Washington, and on Monday they began drills.""", "2023-03-17", "2023-03-16", outlet="Guardian")

p("""North Korea missile

North Korea launched a missile early Thursday morning, according to South Korea's Joint Chiefs of Staff.

Details of the launch, including the missile type, were not immediately available. The Security Council last met on North Korea on Feb. 20.""", PUB, "2023-03-16", outlet="blog")

p("""Analysis: What North Korea's latest launch tells us

North Korea's launch of a Hwasong-17 on Thursday was the fourth ICBM test in under a year, after launches on March 24, Nov. 3 and Feb. 18.

Analysts said the Thursday test showed improved reliability.""", "2023-03-18", "2023-03-16", outlet="38 North")

p("""North Korea fires missile into sea

North Korea fired a ballistic missile into the sea on Thursday, the JCS said.

A North Korean missile is launched in this undated photo released by KCNA on Feb. 19, 2023.""", PUB, "2023-03-16", outlet="Reuters")

p("""Seoul says North Korea fired ballistic missile

South Korea's military said Thursday that North Korea fired a ballistic missile toward its eastern waters, the latest in a series of launches.

On Tuesday, the North fired two short-range ballistic missiles, the JCS said.""", PUB, "2023-03-16", outlet="AP")

p("""N. Korea fires ballistic missile, Seoul says

North Korea fired a ballistic missile into the East Sea, South Korea's military said on Thursday, a week after it launched a hypersonic missile.

The launch comes as South Korea's president prepares for a visit to Tokyo on Friday.""", PUB, "2023-03-16", outlet="Korea Times")

p("""North Korea fires missile, Japan says

A North Korean missile flew over Japan early on Thursday, prompting warnings for residents in the north to take shelter, the government said.

The missile was launched at 7:22 a.m. and fell into the Pacific about 20 minutes later, Chief Cabinet Secretary Hirokazu Matsuno told reporters.""", PUB, "2023-03-16", outlet="NHK")

p("""North Korea fires two ballistic missiles

North Korea fired two short-range ballistic missiles on Sunday, the JCS said, after the United States flew B-1B bombers on Saturday.

The missiles were launched from Sukchon at 7:47 a.m. and 7:55 a.m., it said.""", "2023-03-19", "2023-03-19", outlet="Yonhap")

p("""North Korea fires missiles ahead of drills

North Korea fired two short-range missiles on Sunday, days before South Korea and the United States begin joint drills on Monday.

The JCS said the missiles flew about 600 km.""", "2023-03-20", "2023-03-19", outlet="AP")

p("""Japanese ministry: North Korea fired missile

Japan's Defense Ministry said North Korea fired a ballistic missile on Thursday morning, which is presumed to have fallen outside Japan's exclusive economic zone.

Defense Minister Yasukazu Hamada will hold a press conference on Thursday afternoon.""", PUB, "2023-03-16", outlet="Japan Ministry of Defense")

p("""Statement by the Press Secretary on North Korea's ballistic missile launch

The United States strongly condemns the DPRK's launch of a long-range ballistic missile earlier today.

This launch is a flagrant violation of multiple U.N. Security Council resolutions.""", "2023-03-15", "2023-03-15..2023-03-16@2023-03-15", wd="-", outlet="White House")

p("""North Korea fires missile, South Korea says

North Korea fired at least one ballistic missile off its east coast on Thursday, South Korea's military said, a day after the North vowed to respond to U.S. drills.

The North had warned on Wednesday of "overwhelming" action.""", PUB, "2023-03-16", outlet="Reuters")

p("""North Korea fires ICBM

North Korea fired an intercontinental ballistic missile on March 16, 2023, according to the Japanese Defense Ministry.

The launch came one day after a U.S. carrier arrived in Busan on March 15.""", None, "2023-03-16", outlet="blog")

p("""North Korea fires missile toward Japan

North Korea fired a ballistic missile toward the Sea of Japan on Thursday, the Japanese government said, in the first launch since President Yoon Suk Yeol took office on May 10.""", "2022-05-12", "2022-05-12", outlet="Kyodo")

p("""South Korea detects launch

South Korea detected a North Korean ballistic missile launch from the Pyongyang area at 7:09 a.m. Thursday.

The missile flew about 1,000 km, the JCS said in a statement released on Thursday afternoon.""", PUB, "2023-03-16", outlet="Korea Herald")
