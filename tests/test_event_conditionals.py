"""Threats, demands and promises said through conditions and modals
(newsevents.conditionals): "if / in case / should X ..., we will impose costs",
"X will pay a heavy price", "will not allow violent disturbances", "will not
continue business as usual until Y withdraws", "would be able to secure X's
release if ...". PLOVER manual: THREATEN is an announced coercive act, often
conditional; REQUEST a demand that another actor act; AGREE a promise.
Sentences written for these tests in the style of the news the coder reads."""

from __future__ import annotations

import pytest

from newsevents.conditionals import condition_clauses
from newsevents.events import code_text
from newsevents.nlp import get_nlp


def _events(text: str):
    return [(e.type, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in code_text(text, "2024-05-01") if e.modality != "negated"]


@pytest.mark.parametrize("text, expected", [
    # a coercive response announced under a condition or with the aim of stopping someone
    ("\"We discussed imposing further costs on Russia in case such a ceasefire is not agreed, including through "
     "further sanctions,\" the German foreign minister said.", ("THREATEN", "DEU", "RUS")),
    ("The official said the United States would impose costs on Russia if it invades Ukraine.",
     ("THREATEN", "USA", "RUS")),
    ("Should Iran block the strait, the United States will impose sanctions on Tehran, the official said.",
     ("THREATEN", "USA", "IRN")),
    ("The official said the United States will impose sanctions on Iran in the event that Tehran blocks the strait.",
     ("THREATEN", "USA", "IRN")),
    ("The French foreign minister said Britain will take any diplomatic measures necessary to prevent Iran from "
     "acquiring a nuclear weapon, including reimposing U.N. sanctions.", ("THREATEN", "GBR", "IRN")),
    ("The official said the United States is prepared to take all necessary measures if Russia invades Ukraine.",
     ("THREATEN", "USA", "RUS")),
    ("The official said the United States will respond if Russia invades Ukraine.", ("THREATEN", "USA", "RUS")),
    ("Moscow will respond with countermeasures if Finland joins NATO, the Kremlin said.",
     ("THREATEN", "RUS", "FIN")),
    ("Beijing vowed to take resolute countermeasures against the United States.", ("THREATEN", "CHN", "USA")),
    ("The EU foreign policy chief said the bloc stands ready to impose further sanctions should Russia escalate.",
     ("THREATEN", "EU", "RUS")),
    # an act announced on whoever does something
    ("The Houthis said they would target any American ship that enters the Red Sea.",
     ("THREATEN", "Houthis", "USA")),
    # consequences foretold to another
    ("The German foreign minister said Russia will pay a heavy price for its aggression.",
     ("THREATEN", "DEU", "RUS")),
    ("\"Russia will pay a heavy price,\" the German foreign minister said.", ("THREATEN", "DEU", "RUS")),
    ("The Russian president said NATO would face consequences if it sent troops to Ukraine.",
     ("THREATEN", "RUS", "NATO")),
    ("The Chinese foreign ministry said Japan would bear all consequences if it continued its provocations.",
     ("THREATEN", "CHN", "JPN")),
    ("The Iranian president said the United States would regret any attack on Iran.", ("THREATEN", "IRN", "USA")),
    ("Iran's supreme leader said Israel will be punished for the attack.", ("THREATEN", "IRN", "ISR")),
    ("The Polish foreign minister said Russia will have to pay a heavy price.", ("THREATEN", "POL", "RUS")),
    ("\"Russia must know that it will pay a heavy price,\" the Polish president said.", ("THREATEN", "POL", "RUS")),
    ("The Indian prime minister said the perpetrators of the attack will pay a heavy price.",
     ("THREATEN", "IND", None)),
    # what a state will not allow or tolerate; enforcement vowed with force
    ("Chinese President Xi Jinping said China will not tolerate any provocation by Taiwan.",
     ("THREATEN", "CHN", "TWN")),
    ("China will never allow Taiwan to declare independence, the ministry said.", ("THREATEN", "CHN", "TWN")),
    ("The United States will not allow Iran to obtain a nuclear weapon, the secretary of state said.",
     ("THREATEN", "USA", "IRN")),
    ("The Israeli prime minister said Israel will not allow violent disturbances by Palestinian protesters.",
     ("THREATEN", "ISR", "PSE")),
    ("The Israeli prime minister vowed to enforce law and order decisively in Jerusalem.",
     ("THREATEN", "ISR", None)),
    # an act withheld until another side moves demands that move
    ("NATO insists that it will not be able to continue business as usual with Russia until Moscow withdraws "
     "from Georgian soil.", ("REQUEST", "NATO", "RUS")),
    ("The European Union said it will not resume trade talks with Belarus until Minsk releases all political "
     "prisoners.", ("REQUEST", "EU", "BLR")),
    ("The Ukrainian president said there will be no talks with Moscow until Russia withdraws its forces.",
     ("REQUEST", "UKR", "RUS")),
    ("The EU said sanctions will remain in place until Russia fully implements the Minsk agreements.",
     ("REQUEST", "EU", "RUS")),
    # what another side is to do as the condition of something
    ("\"Peace depends on Russia withdrawing its troops from our territory,\" the Ukrainian foreign minister said.",
     ("REQUEST", "UKR", "RUS")),
    ("The Turkish foreign minister said a solution depends on Washington stopping its support for the Kurdish "
     "militia.", ("REQUEST", "TUR", "USA")),
    # a demand to understand that pressure is futile rejects the pressure
    ("The Russian foreign minister said Washington must understand that sanctions will not work.",
     ("REJECT", "RUS", "USA")),
    ("\"U.S. lawmakers must understand they will get nowhere with impositions,\" Turkish Foreign Minister "
     "Mevlut Cavusoglu said.", ("REJECT", "TUR", "USA")),
])
def test_conditional_acts(text, expected):
    assert expected in _events(text)


def test_mode_follows_the_coercive_act_not_the_aim():
    events = code_text("The French foreign minister said Britain will take any diplomatic measures necessary to "
                       "prevent Iran from acquiring a nuclear weapon, including reimposing U.N. sanctions.",
                       "2024-05-01")
    threat = next(e for e in events if e.type == "THREATEN")
    assert threat.mode == "restrict" and threat.modality == "asserted"
    assert not any(e.type == "SANCTION" for e in events)  # the sanctions are the threat's content


def test_conditional_promise_is_agree_conditional():
    events = code_text("U.S. President Donald Trump said he would be able to secure the release of the "
                       "journalist held by Iran if he were reelected.", "2024-05-01")
    promise = next(e for e in events if e.type == "AGREE")
    assert (promise.source.code(), promise.target.code(), promise.modality) == ("USA", "IRN", "conditional")


@pytest.mark.parametrize("text", [
    # forecasts and hypotheticals about nature or markets
    "The IMF said prices will rise if the central bank cuts interest rates.",
    "The Kenyan president said floods will devastate the region if the rains continue.",
    "The ministry said the army will respond to the floods if the rains continue.",
    "The minister said the government will act if prices rise further.",
    # a response whose condition is no hostile move
    "The French president said France will respond if the European Union asks for help.",
    # modals about the speaker's own side
    "\"We must work harder to protect our borders,\" the Polish prime minister said.",
    "\"We will pay a heavy price if we do nothing,\" the German foreign minister said.",
    "\"He will crush you into the dirt to get whatever he wants,\" the Democratic senator said of Trump.",
    "The minister said the government will take measures to stop inflation.",
    "The agriculture minister said farmers will pay higher prices for fertilizer next year.",
    "The finance minister said Kenya would face costs of $2 billion if the drought continues.",
    "The economist said growth depends on consumers spending more.",
    "The Kenyan university said it will not tolerate cheating in examinations.",
    "The minister said the success of the talks will depend on the weather.",
    # a judgement or a report of the past, no warning
    "The government did not allow the protesters to march on the capital last year.",
    "The talks did not resume until Moscow withdrew its troops in 2009.",
])
def test_no_conditional_threat(text):
    assert not any(t in ("THREATEN", "REQUEST") for t, _, _ in _events(text))


def test_measure_kept_until_is_no_new_sanction():
    types = [t for t, _, _ in _events("The EU said sanctions will remain in place until Russia fully implements "
                                      "the Minsk agreements.")]
    assert types == ["REQUEST"]


def test_regret_without_modal_stays_a_judgement():
    assert ("THREATEN", "IRN", "USA") not in _events("The Iranian president regretted the decision of the "
                                                     "United States.")


def test_condition_clauses():
    doc = get_nlp()("Should Iran block the strait, the United States will impose sanctions in case talks fail.")
    assert {t.text for t in condition_clauses(doc[:])} == {"block", "fail"}
