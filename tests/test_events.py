"""Event coding on real text: the three seed reports and wire-style sentences."""

from pathlib import Path

import pytest

from newsevents import ontology
from newsevents.events import code_events, code_text, event_id, load_lexicon, load_wrappers
from newsevents.models import Article
from newsevents.nlp import get_nlp

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = {
    "000": "000_1ab95ee2ebccea92.txt",  # DPA, 21 Aug 2008: Russia freezes military cooperation with NATO
    "003": "003_b57864788e0fd634.txt",  # AP, 20 Aug 2008: Russia to cut military ties with NATO
    "004": "004_0883d7ff5855b4ca.txt",  # RIA Novosti, 1 Dec 2009: Rogozin accuses Canada
}


def _seed(key):
    from newsevents.clean import clean_document
    from newsevents.ingest import read_inputs

    path = SHARED / "seeds" / SEEDS[key]
    if not path.exists():
        pytest.skip(f"{path} not available")
    return clean_document(next(read_inputs([str(path)])))


@pytest.fixture(scope="module")
def seed_events():
    out = {}
    for key in SEEDS:
        article = _seed(key)
        out[key] = (article, code_events(get_nlp()(article.text), article))
    return out


def _codes(actor):
    if actor is None:
        return set()
    return {m.code() for m in actor.members} | {actor.code()}


def _find(events, event_type, source=None, target=None):
    return [e for e in events if e.type == event_type
            and (source is None or source in _codes(e.source))
            and (target is None or target in _codes(e.target))]


def test_lexicon_rows_are_valid_plover():
    lexicon = load_lexicon()
    types = {f.type for frames in lexicon.values() for f in frames}
    assert types == set(ontology.EVENT_TYPES)  # every PLOVER type has triggers
    assert {"report", "intend", "threaten", "promise", "refuse", "deny", "request"} <= set(load_wrappers().values())


def test_russia_sanctions_nato_in_both_august_reports(seed_events):
    _, dpa = seed_events["000"]
    _, ap = seed_events["003"]
    frozen = _find(dpa, "SANCTION", "RUS", "NATO")
    assert frozen and frozen[0].mode == "discontinue" and frozen[0].cameo.startswith("16")
    assert frozen[0].source.sector in ("GOV", "MIL") and frozen[0].modality == "asserted"
    assert frozen[0].intensity == ontology.intensity("SANCTION", "discontinue")
    assert frozen[0].quad_class == 4
    planned = _find(ap, "SANCTION", "RUS", "NATO")
    assert planned and planned[0].modality == "intended"  # "plans to suspend all military ties"


def test_lavrov_accuses_nato_of_bias(seed_events):
    _, dpa = seed_events["000"]
    accusations = _find(dpa, "ACCUSE", "RUS", "NATO")
    assert accusations and accusations[0].trigger == "accused"
    assert accusations[0].mode == "disapprove"  # "bias" is a complaint, not an allegation of a crime
    # the same sentence reports Moscow's notice to Norway: a separate, coordinated event
    sentence = accusations[0].sentence
    assert any(e.type == "SANCTION" and e.sentence == sentence for e in dpa)


def test_lavrov_denial_is_a_negated_sanction(seed_events):
    _, dpa = seed_events["000"]
    denied = [e for e in dpa if e.speech_act == "denial"]
    assert denied and denied[0].type == "SANCTION" and denied[0].negated and denied[0].modality == "negated"
    assert "slam" in denied[0].trigger


def test_canada_blocks_and_rogozin_accuses(seed_events):
    article, events = seed_events["004"]
    blocked = _find(events, "REJECT", "CAN")
    assert blocked and blocked[0].mode == "meet"
    assert blocked[0].reported_by is not None and blocked[0].reported_by.country == "RUS"
    # the headline is article.title (not in the text): code_events codes it as one more sentence
    assert article.title == "Russian envoy accuses Canada of blocking Russia-NATO accords"
    headline = [e for e in _find(events, "ACCUSE", "RUS", "CAN") if e.in_title]
    assert headline and headline[0].sentence == article.title
    assert article.title[headline[0].start:headline[0].end] == headline[0].sentence
    assert headline[0].trigger == "accuses"
    # events the body already reports are not repeated from the headline
    body = {(e.type, e.source.code(), e.target.code() if e.target else None) for e in events if not e.in_title}
    for e in events:
        if e.in_title:
            assert (e.type, e.source.code(), e.target.code() if e.target else None) not in body


def test_june_agreement_is_dated_by_month(seed_events):
    _, events = seed_events["004"]
    agreed = [e for e in events if e.type == "AGREE" and "June" in e.sentence]
    assert agreed
    assert {"RUS", "NATO"} <= _codes(agreed[0].source)
    assert (agreed[0].date, agreed[0].date_precision) == ("2009-06", "month")
    assert agreed[0].location is not None and agreed[0].location.country == "GRC"


def test_no_events_from_ads_or_no_comment(seed_events):
    for article, events in seed_events.values():
        for e in events:
            assert "declined to comment" not in e.sentence
            assert "TWOCIRCLES" not in e.sentence.upper()
            assert "mailing list" not in e.sentence
    for line in ("A Kremlin official declined to comment on the report.", "Support TwoCircles",
                 "Join the GlobalSecurity.org mailing list", "SUPPORT TWOCIRCLES HELP SUPPORT INDEPENDENT AND "
                 "NON-PROFIT MEDIA. DONATE HERE"):
        assert code_text(line, "2008-08-20") == []


def test_events_are_ordered_offsets_and_stable_ids(seed_events):
    article, events = seed_events["003"]
    events = [e for e in events if not e.in_title]  # headline events index the title
    starts = [e.start for e in events]
    assert starts == sorted(starts)
    for e in events:
        assert article.text[e.start:e.end] == e.sentence
        assert e.article_ids == [article.id]
        assert e.id == event_id(article.id, e.start, e.type, e.source.code(),
                                e.target.code() if e.target else None, e.sentence.find(e.trigger) + e.start) \
            or len(e.id) == 16
    again = [e for e in code_events(get_nlp()(article.text), article) if not e.in_title]
    assert [e.id for e in again] == [e.id for e in events]
    assert len({e.id for e in events}) == len(events)


def test_reported_assault_keeps_its_own_actors():
    events = code_text("A NATO spokesman said Russian troops attacked Georgian positions near Gori on Friday.",
                       "2008-08-17")
    assert len(events) == 1
    e = events[0]
    assert (e.type, e.source.country, e.target.country) == ("ASSAULT", "RUS", "GEO")
    assert e.source.sector == "MIL"
    assert e.reported_by is not None and e.reported_by.org == "NATO"
    assert (e.date, e.date_precision) == ("2008-08-15", "day")


def test_passive_agent_is_the_actor():
    events = code_text("Georgian villages were attacked by Russian troops on Monday.", "2008-08-20")
    assert events and events[0].source.country == "RUS" and events[0].target.country == "GEO"


def test_threat_promise_refusal_and_request():
    threat = code_text("Iran threatened to expel the IAEA inspectors.", "2020-01-10")
    assert threat and threat[0].type == "THREATEN" and threat[0].speech_act == "threat"
    promise = code_text("Japan pledged to provide humanitarian aid to Ukraine.", "2022-03-10")
    assert promise and promise[0].type == "AGREE" and promise[0].speech_act == "promise"
    refusal = code_text("Kenya refused to attend talks with Somalia.", "2021-03-10")
    assert refusal and refusal[0].type == "REJECT" and refusal[0].mode == "meet"
    request = code_text("The European Union urged Russia to withdraw its troops from Ukraine.", "2022-03-10")
    assert request and request[0].type == "REQUEST" and request[0].mode == "yield"
    assert request[0].source.org == "EU" and request[0].target.country == "RUS"


def test_future_cooperation_is_agree_and_conditional_force_is_threat():
    meeting = code_text("French President Emmanuel Macron will meet Chinese President Xi Jinping in Beijing next week.",
                        "2023-04-01")
    assert meeting and meeting[0].type == "AGREE"
    assert {"FRA", "CHN"} <= _codes(meeting[0].source) and meeting[0].target is None
    threat = code_text("Turkey will impose sanctions on Sweden if it does not extradite the suspects.", "2023-01-05")
    assert threat and threat[0].type == "THREATEN"


def test_negated_event_and_no_political_actor():
    negated = code_text("China has never condemned Russia's invasion of Ukraine.", "2023-03-01")
    assert negated and negated[0].type == "ACCUSE" and negated[0].negated and negated[0].modality == "negated"
    assert code_text("Unemployment rose to 5 percent last year, statistics showed.", "2023-03-01") == []
    assert code_text("Analysts said the move was a mistake.", "2023-03-01") == []


def test_nominal_events():
    airstrikes = code_text("The U.S. military carried out airstrikes against Islamic State in Syria.", "2019-05-05")
    assert airstrikes and airstrikes[0].type == "ASSAULT" and airstrikes[0].mode == "aerial"
    assert airstrikes[0].source.country == "USA" and airstrikes[0].target.org == "Islamic State"
    sanctions = code_text("The EU imposed new sanctions on Belarus on Monday.", "2021-06-22")
    assert sanctions and (sanctions[0].type, sanctions[0].source.org, sanctions[0].target.country) == \
        ("SANCTION", "EU", "BLR")
    assert sanctions[0].location is None or sanctions[0].location.name


def test_disapproval_adjectives_and_dated_prepositions():
    concern = code_text("The United States is deeply concerned about Russia's military buildup near Ukraine.", "2021-12-01")
    assert concern and (concern[0].type, concern[0].mode, concern[0].source.country) == ("ACCUSE", "disapprove", "USA")
    assert concern[0].target is not None and concern[0].target.country == "RUS"
    # "On Wednesday" does not make "called" a "call on"
    called = code_text('On Wednesday, French President Emmanuel Macron called Chinese subsidies "unbearable."',
                       "2024-05-30")
    assert called and called[0].type == "ACCUSE" and called[0].source.country == "FRA"


def test_unnamed_agents_and_agentless_state_acts():
    attack = code_text("Militants attacked a police station in northern Nigeria on Sunday.", "2021-03-01")
    assert attack and attack[0].type == "ASSAULT" and attack[0].source.country == "NGA"
    condemned = code_text("He condemned the decision as unlawful.", "2021-03-01")
    assert condemned and condemned[0].type == "ACCUSE" and condemned[0].source.code() is None
    arrested = code_text("The journalist was arrested in Moscow on Friday.", "2021-03-01")
    assert arrested and arrested[0].type == "COERCE" and arrested[0].source.country == "RUS"
    assert arrested[0].source.sector == "COP" and arrested[0].target.sector == "JRN"
    # a casualty count without a perpetrator is no event (gold guidelines); a thing is no actor
    assert code_text("Two people were killed on Monday.", "2021-03-01") == []
    assert code_text("The report criticized the weather.", "2021-03-01") == []


def test_judgements_in_reported_speech_are_accusations():
    # the speaker accuses the one the reported clause judges (manual, ACCUSE: criticize, denigrate)
    defying = code_text("The United States said Iran is flagrantly defying the U.N. Security Council.", "2025-03-12")
    assert defying and (defying[0].type, defying[0].source.country, defying[0].target.country) == \
        ("ACCUSE", "USA", "IRN")
    warned = code_text("The United States warned Friday that expanding military cooperation between Russia and "
                       "North Korea is dangerous.", "2024-06-01")
    assert [e.type for e in warned] == ["ACCUSE"]  # a judgement, not a threat
    assert warned[0].target.country == "RUS"
    # the judgement may qualify the predicate noun ("one of the most hostile authorities")
    hostile = code_text("Trump said that the EU is one of the most hostile and abusive taxing authorities in the "
                        "world.", "2025-03-12")
    assert _find(hostile, "ACCUSE", "USA", "EU"), hostile
    assert code_text("Officials said the EU is one of the largest trading blocs in the world.", "2025-03-12") == []
    # the judged verb under "tried to" / "continues to" keeps the governing clause's subject
    flouting = code_text("The United States said Iran continues to flout U.N. resolutions.", "2025-03-12")
    assert _find(flouting, "ACCUSE", "USA", "IRN"), flouting
    # an expert's opinion is no event: the speaker must be a coded actor
    assert code_text("Analysts said the plan is dangerous.", "2024-06-01") == []
    assert code_text("Analysts said Iran continues to flout U.N. resolutions.", "2024-06-01") == []


def test_called_with_a_judgement_the_parser_misattaches():
    # the predicative is lost after a long object; the judgement word after it still makes the criticism
    called = code_text('The Distilled Spirits Council of the United States called the EU move to tax U.S. spirits '
                       '"deeply disappointing and will severely undercut exports."', "2025-03-12")
    assert _find(called, "ACCUSE", "USA", "EU"), called
    assert not _find(code_text("The U.S. called the EU move to tax spirits a welcome step.", "2025-03-12"), "ACCUSE")


def test_alleging_an_act_accuses_its_actor():
    # manual, ACCUSE (allege): "X alleged that Y <act>" accuses Y; the act itself is not asserted
    alleged = code_text("Pakistan alleged that India attacked its border posts.", "2025-03-12")
    assert [(e.type, e.mode) for e in alleged] == [("ACCUSE", "allege")]
    assert (alleged[0].source.country, alleged[0].target.country) == ("PAK", "IND")
    repeated = code_text("Russia repeated its allegation that Ukraine shelled the nuclear plant.", "2025-03-12")
    assert _find(repeated, "ACCUSE", "RUS", "UKR") and not _find(repeated, "ASSAULT")


def test_demand_to_stop_an_attack_is_a_request_on_the_attacker():
    time_to = code_text("“It’s time to stop Israel’s heinous and cruel attacks,” Erdogan said.", "2021-05-10")
    assert [(e.type, e.mode, e.source.country, e.target.country) for e in time_to] == \
        [("REQUEST", "yield", "TUR", "ISR")]
    # stopping is no demand when nobody asks for it
    assert not _find(code_text("It is time to review the attacks, Erdogan said.", "2021-05-10"), "REQUEST")


def test_obligations_in_reported_speech_are_demands():
    demand = code_text("Germany said Russia must withdraw its troops from Ukraine.", "2024-06-01")
    assert demand and (demand[0].type, demand[0].mode, demand[0].source.country, demand[0].target.country) == \
        ("REQUEST", "yield", "DEU", "RUS")
    assert code_text("Experts said people should eat less sugar.", "2024-06-01") == []


def test_secondary_trigger_events_with_their_own_actors():
    events = code_text("Russia accused Ukraine of shelling a power plant after the EU imposed new sanctions on "
                       "Moscow.", "2024-06-01")
    kinds = [(e.type, e.source.code(), e.target.code() if e.target else None) for e in events]
    assert kinds[0][:2] == ("ACCUSE", "RUS")  # main event first
    assert ("SANCTION", "EU", "RUS") in kinds


def test_acts_reported_for_themselves_keep_an_uncoded_actor():
    # a nominal act done to a named actor, actor unnamed: the event stands (type), its source uncoded
    attack = code_text("A deadly January attack on a joint Kenya-U.S. military base has highlighted insecurity.",
                       "2020-03-01")
    assert attack and attack[0].type == "ASSAULT" and attack[0].source.code() is None
    # ads and imperatives stay null
    assert code_text("Support independent media today.", "2020-03-01") == []


def test_evidence_is_the_stripped_sentence_with_matching_offsets():
    # a paragraph break before the sentence: spaCy keeps the blank line inside the next sentence
    text = ("Officials met on Monday.\n\n  Russia froze military cooperation with NATO on Tuesday.  \n\n"
            "The alliance condemned the decision.\n")
    article = Article(id="evidence", text=text, published="2008-08-21")
    events = code_events(get_nlp()(text), article)
    assert _find(events, "SANCTION", "RUS", "NATO")
    for event in events:
        assert event.sentence == event.sentence.strip() and event.sentence
        assert text[event.start:event.end] == event.sentence


@pytest.mark.parametrize("text, event_type, source, target", [
    # protesters named by what they are: the country where they act, their own sector
    ("Thousands protested in Yangon against the military coup.", "PROTEST", "MMR", None),
    ("Kenyan doctors staged a strike.", "PROTEST", "KEN", None),
    ("Teachers in Nigeria went on strike over unpaid salaries.", "PROTEST", "NGA", None),
    # concessions, mobilisation, aid, cooperation, threats (manual definitions)
    ("Russia backed down on its demands on Ukraine.", "CONCEDE", "RUS", None),
    ("The Italian government relaxed its pandemic restrictions.", "CONCEDE", "ITA", None),
    ("Iran put its forces on high alert.", "MOBILIZE", "IRN", None),
    ("ECOWAS activated its standby force.", "MOBILIZE", "ECOWAS", None),
    ("Turkey evacuated its citizens from Sudan.", "AID", "TUR", None),
    ("The World Food Program distributed food to displaced families in Sudan.", "AID", "UN", None),
    ("Hamas vowed to retaliate against Israel.", "THREATEN", "Hamas", "ISR"),
    # criticism: predicative nouns, "as" on the object, "came under fire from"
    ("Trump called Canada one of the highest tariffing nations in the world.", "ACCUSE", "USA", "CAN"),
    ("Ukrainian President Volodymyr Zelenskyy dismissed Putin's response as a delaying tactic.", "ACCUSE", "UKR",
     "RUS"),
    ("The Kenyan government came under fire from the United Nations.", "ACCUSE", "UN", "KEN"),
    ("Erdogan lambasted Israel over the raids.", "ACCUSE", "TUR", "ISR"),
    ("Germany regretted Russia's decision to withdraw from the treaty.", "ACCUSE", "DEU", "RUS"),
])
def test_weak_type_lexicon(text, event_type, source, target):
    events = _find(code_text(text, "2025-03-01"), event_type, source, target)
    assert events, code_text(text, "2025-03-01")


@pytest.mark.parametrize("text, absent", [
    ("Canada retaliated by announcing increased tariffs on U.S. exports.", "THREATEN"),  # done, not threatened
    ("The convoy came under fire from militants in Mali.", "ACCUSE"),  # gunfire, not criticism
    ("Interfax, citing what it called a military source, reported that Russia is reviewing its plans.", "ACCUSE"),
    ("Sudani called the death a significant security achievement.", "ACCUSE"),
])
def test_lexicon_false_friends(text, absent):
    assert not [e for e in code_text(text, "2024-05-01") if e.type == absent]


@pytest.mark.parametrize("text, event_type, country", [
    ("Police in Zimbabwe arrested a journalist over his interviews.", "COERCE", "ZWE"),
    ("Last month, a Bosnian court sentenced Dodik to one year in prison.", "SANCTION", "BIH"),
])
def test_state_acts_on_uncoded_people_are_domestic(text, event_type, country):
    events = _find(code_text(text, "2025-03-01"), event_type, country, country)
    assert events, code_text(text, "2025-03-01")


def test_foreign_target_is_kept_when_coded():
    events = _find(code_text("Russian police detained a French journalist in Moscow.", "2025-03-01"), "COERCE", "RUS")
    assert events and "RUS" not in _codes(events[0].target)


def test_called_for_and_unnamed_actor_acts():
    called = code_text("Bennett called for the Taliban to lift the travel ban.", "2024-06-01")
    assert called and called[0].type == "REQUEST" and called[0].target.code() == "AFG"
    cell = code_text("In November, a terrorist cell was dismantled in the Spanish city of Seville.", "2024-06-01")
    assert cell and (cell[0].type, cell[0].source.country) == ("COERCE", "ESP")
    assert code_text("Officials say rebels have relaunched hostilities in the country.", "2024-06-01")[0].type == "ASSAULT"
    assert code_text("Donate here", "2024-06-01") == []  # an imperative is no act
    left = code_text("Burkina Faso, Mali and Niger withdrew from ECOWAS.", "2024-06-01")
    assert left and left[0].type == "SANCTION" and left[0].target.code() == "ECOWAS"
    assert {m.code() for m in left[0].source.members} >= {"BFA", "MLI"}  # countries the tagger took for people


@pytest.mark.parametrize("text, event_type, source, target", [
    # barring people from services is coercion; barring entry stays REJECT (guidelines)
    ("The authorities in Afghanistan have barred girls from attending school.", "COERCE", "AFG", None),
    # troops sent across a border: an invasion, not a deployment
    ("Russia answered by sending its troops and tanks across the Georgian border.", "ASSAULT", "RUS", "GEO"),
    # joint exercises with other states are military cooperation (manual, MOBILIZE ambiguities)
    ("Japan held a joint naval exercise with the other three countries.", "COOPERATE", "JPN", None),
    # a party's lawmakers act for its state, as legislators
    ("Republican lawmakers praised Israel for its strong stance.", "SUPPORT", "USA", "ISR"),
    ("Labour MPs condemned Israel over the strikes.", "ACCUSE", "GBR", "ISR"),
    # holding an actor responsible/accountable is an accusation, the held actor its target
    ("Ukraine holds Moscow accountable for the deaths of civilians.", "ACCUSE", "UKR", "RUS"),
    ("The United States held Russia responsible for the attack on the embassy.", "ACCUSE", "USA", "RUS"),
    # "was in violation of" judges the act's actor
    ("China said the move by Japan was in violation of international law.", "ACCUSE", "CHN", "JPN"),
    # expecting/wanting another actor to act asks it of them; an obligation without a modal is a demand
    ("The United States expects Russia to withdraw its troops from the border.", "REQUEST", "USA", "RUS"),
    ("Iran is under an obligation to allow inspectors into its nuclear sites, the IAEA said.", "REQUEST", "IAEA", "IRN"),
    ("Russia is obliged to withdraw its troops, the EU said.", "REQUEST", "EU", "RUS"),
    # making something dependent on another's act demands the act
    ("NATO said it would make ties with Russia dependent on Moscow withdrawing its troops.", "REQUEST", "NATO", "RUS"),
    ("The EU made further aid to Serbia conditional on Belgrade arresting the suspects.", "REQUEST", "EU", "SRB"),
    # an act named as the cause ("over the abductions") does not take over the demanding clause's verb
    ("Nigeria's human rights commission said authorities should declare a state of emergency over the spate of "
     "abductions.", "REQUEST", "NGA", "NGA"),
    # attacking someone *for* what they did is verbal criticism; "for the second time" is no reason
    ("The minister attacked the European Union for its migration policy.", "ACCUSE", None, "EU"),
    ("Militants attacked the convoy for the second time this week in Nigeria.", "ASSAULT", "NGA", None),
])
def test_general_type_and_actor_rules(text, event_type, source, target):
    events = [e for e in code_text(text, "2024-06-01") if e.type == event_type]
    assert events, code_text(text, "2024-06-01")
    if source:
        assert source in _codes(events[0].source)
    if target:
        assert target in _codes(events[0].target)


def test_quoted_obligation_without_reporting_verb_is_a_request():
    events = code_text('"The Trump administration must stop these cruel transfers."', "2025-03-01")
    assert events and events[0].type == "REQUEST" and events[0].target.code() == "USA"
    # not outside quotes, nor under a demanding verb (the demand is the verb's own)
    assert not [e for e in code_text("The administration must stop the transfers.", "2025-03-01")
                if e.type == "REQUEST"]
    demanded = code_text('Trump demanded that Ottawa "must immediately drop their tariffs."', "2025-03-01")
    assert demanded and demanded[0].type == "REQUEST" and demanded[0].source.code() == "USA"


def test_facing_charges_is_an_accusation_by_the_state():
    events = code_text("The journalist faces two charges of spreading falsehoods in Zimbabwe.", "2025-03-01")
    assert [e for e in events if e.type == "ACCUSE"], events


def test_expecting_to_act_oneself_is_no_request():
    assert not [e for e in code_text("Russia expects to sign the agreement with China next week.", "2024-06-01")
                if e.type == "REQUEST"]


def test_judgement_word_on_a_reported_act_accuses_its_actor_next_to_the_act():
    events = code_text("The EU said the brutal crackdown by Iranian police on protesters was a sign of weakness.",
                       "2024-06-01")
    # the crackdown's "on"-object is its patient: protesters, coded by their country (guidelines)
    assert {("ACCUSE", "EU", "IRN"), ("COERCE", "IRN", "IRN")} <= {
        (e.type, e.source.code(), e.target.code() if e.target else None) for e in events}, events
    # the reporter's own adjective is no one's accusation
    assert not [e for e in code_text("Russia's brutal invasion of Ukraine continues.", "2024-06-01")
                if e.type == "ACCUSE"]


def test_unnamed_actor_coded_by_place_does_not_accuse_its_own_state():
    # the only place is the target itself: no state holds itself to account
    events = [e for e in code_text("Russia must be held accountable for the attacks, the minister said.",
                                   "2024-06-01") if e.type == "ACCUSE"]
    assert events and all(e.source is None or e.source.code() != "RUS" for e in events), events
    court = [e for e in code_text('"The court regrets the decision of Kenya not to participate in the oral '
                                  'proceedings," she said.', "2021-03-15") if e.type == "ACCUSE"]
    assert court and all(e.source is None or e.source.code() != "KEN" for e in court), court
    # counter-examples: a state's courts and police still act on people under its jurisdiction
    charged = [e for e in code_text("A Russian journalist was charged with treason in Moscow.", "2024-06-01")
               if e.type == "ACCUSE"]
    assert charged and charged[0].source.code() == "RUS" and charged[0].target.code() == "RUS", charged
    arrested = [e for e in code_text("Police in Kenya arrested three Kenyan activists on Monday.", "2024-06-01")
                if e.type == "COERCE"]
    assert arrested and (arrested[0].source.code(), arrested[0].target.code()) == ("KEN", "KEN"), arrested


@pytest.mark.parametrize("text,event_type,source,target", [
    # participles the tagger reads as verbs still use the adjective frames
    ("The G7 said it remains concerned with China's military buildup.", "ACCUSE", "G7", "CHN"),
    ("Germany is critical of the Russian plan.", "ACCUSE", "DEU", None),
    ("Putin was furious with Turkey over the downing of the jet.", "ACCUSE", "RUS", "TUR"),
    ("Russia hit out at NATO on Tuesday.", "ACCUSE", "RUS", "NATO"),
    ("China lashed out at the United States over its sanctions.", "ACCUSE", "CHN", "USA"),
    ("Iran questioned the legitimacy of the UN inspection.", "ACCUSE", "IRN", None),
    ("A trial opened in Paris on Monday over the 2004 bombing of a French military base.", "ACCUSE", None, None),
    # what prosecutors say the accused did is their allegation
    ("Prosecutors say the two men hired a hitman to kill the journalist.", "ACCUSE", None, None),
    ("The European Union ruled out new sanctions against Russia.", "REJECT", "EU", "RUS"),
    ("Ukraine disputed the Russian claim.", "REJECT", "UKR", None),
    ("The Nigerian army does not allow humanitarian agencies to go to these areas.", "REJECT", "NGA", None),
    ("The government has begun relaxing some of its pandemic restrictions in Italy.", "CONCEDE", None, None),
    ("Russia needs to withdraw its forces from Georgia, NATO said.", "REQUEST", "NATO", "RUS"),
    ("Kenya's government would have to withdraw its troops from Somalia, the African Union said.", "REQUEST", "AU",
     "KEN"),
    ("Washington pressured Israel to allow aid into Gaza.", "REQUEST", "USA", "ISR"),
    ("The Taliban deny providing sanctuary to Pakistani fighters.", "AID", None, None),
    ("The militants gave the Nigerian government 48 hours to release their comrades.", "THREATEN", None, None),
    ("Ford said he would shut off electricity exports to the United States.", "SANCTION", None, "USA"),
    ("The United States announced that it would cease military aid to Ukraine.", "SANCTION", "USA", "UKR"),
    ("Turkey has been looking to repair strained relations with Israel.", "AGREE", "TUR", None),
    ("Top diplomats from the Group of Seven gathered Thursday in Quebec.", "CONSULT", None, None),
    ("China will convene a meeting in Beijing with Iran and Russia on Friday.", "AGREE", "CHN", None),
    ("The White House sent a delegation to Taiwan.", "CONSULT", "USA", "TWN"),
    ("Israeli security forces fired tear gas and rubber bullets at Palestinian demonstrators.", "ASSAULT", "ISR",
     None),
    ("Beijing was not supportive of the council meeting, China's ambassador said.", "REJECT", "CHN", None),
    ("The hostilities between Russia and Georgia began earlier this month.", "ASSAULT", "RUS", None),
    ("Russia's NATO envoy Dmitry Rogozin has been called back to Moscow for consultations.", "SANCTION", None, None),
    ("Pakistan has received 23 bailout packages from the IMF.", "AID", None, "PAK"),
    ("Iran vowed to hit back at Israel.", "THREATEN", "IRN", "ISR"),
    ("If Canada does not drop its tariffs, the United States will increase the tariffs on cars.", "THREATEN", "USA", None),
    ("The United States raised tariffs on Chinese goods to 25 percent.", "SANCTION", "USA", "CHN"),
    ('"Pakistan expects the Afghan government to uphold its responsibilities," the military said.', "REQUEST",
     "PAK", "AFG"),
    ("Forces of the UN stabilization mission have been deployed to protect civilians in Mali.", "AID", None, None),
    ("The International Criminal Court issued an arrest warrant for Putin.", "THREATEN", "ICC", "RUS"),
    ("Protesters blocked roads in Nairobi on Monday.", "PROTEST", "KEN", None),
    ("The government revoked the license of the independent TV station in Georgia.", "COERCE", "GEO", None),
    ("Japan provided $50 million to Ukraine.", "AID", "JPN", "UKR"),
    ("The EU gave 2 billion euros to Turkey.", "AID", "EU", "TUR"),
    ("Hungary handed over the suspect to Austria.", "COOPERATE", "HUN", "AUT"),
    ("The militant group said it was holding more than 200 hostages in Pakistan.", "ASSAULT", None, None),
    ("All G7 foreign ministers agree with the U.S. proposal of a ceasefire.", "SUPPORT", "G7", "USA"),
    ("Protesters clashed with police in Lagos.", "PROTEST", "NGA", None),
    ("Israel warned Hezbollah of retaliation.", "THREATEN", "ISR", "Hezbollah"),
    ("Pakistan's army chief warned that terrorists will not be spared.", "THREATEN", "PAK", None),
    ("Government troops clashed with rebels in Darfur.", "ASSAULT", "SDN", None),
])
def test_lexicon_synonyms_and_frames(text, event_type, source, target):
    events = [e for e in code_text(text, "2024-06-01") if e.type == event_type]
    assert events, code_text(text, "2024-06-01")
    if source:
        assert source in _codes(events[0].source), events[0]
    if target:
        assert target in _codes(events[0].target), events[0]


def test_an_act_named_as_the_time_of_another_comes_second():
    events = code_text("During the negotiations, the Chinese side proposed a minimum price, but the European Union "
                       "refused.", "2024-06-01")
    assert events and events[0].type == "REJECT", events


@pytest.mark.parametrize("text", [
    "How to interpret the military drills and China's message?",
    "Whether they agree on things or not, they should communicate, Rubio said.",
    "Lamou says her business started to nosedive in March 2020.",
    "Analysts are raising concerns that the new law will hurt trade.",
    "Regardless, analysts say, continued negotiations will be needed on China's subsidies.",
    "Some believe the attack was a blunder by the authorities.",
    "Sanctions against Turkey enjoy bipartisan support.",
    "Under the terms of the deal, previous U.N. sanctions can snap back if Tehran does not comply.",
    "Since 2009, hundreds of people have been killed in the city.",
    "Offshore wind could provide more than 18 times world electricity demand.",
    "An emergency was declared at the government hospital in Sibi.",
    "His remarks are likely to be seized on by populists in Europe.",
    "NATO is much more in need of Russia's support of its military actions in Afghanistan.",
    "The human rights league issued a statement on the release of the journalist.",
    '"I am not ready to be repatriated to Somalia," said an 80-year-old woman living in the camp.',
    '"Closing the camps will have an adverse impact on us," Haji said.',
    "Investors expect China to grow by 5 percent.",
    "He could face up to 10 years in prison.",
    "Central African states provide less than 20 million of the 150 million chickens needed in Cameroon.",
    "The IMF warned that inflation could rise in Kenya.",
    "The UN warned of a looming famine in Sudan.",
    "The minister asked not to be named.",
    "Local media called the attack the deadliest in a decade.",
    "The demand for oil is rising.",
    "Many residents are concerned about rising prices.",
    "Green card holders can face deportation if they violate immigration law.",
    '"He has been undermining the constitution and threatening the territorial integrity of the country."',
])
def test_no_event_in_background_questions_and_opinions(text):
    assert code_text(text, "2024-06-01") == []


def test_topic_of_a_conversation_is_no_event():
    events = code_text("VOA spoke with Armitage about U.S. support for the self-governing island.", "2024-06-01")
    assert not [e for e in events if e.type == "SUPPORT"], events



def test_the_act_asked_for_is_the_requests_content_not_a_second_event():
    events = code_text("The UN rapporteur called for the Taliban to lift the travel ban.", "2024-06-01")
    assert [e.type for e in events] == ["REQUEST"], events
    assert events[0].mode == "yield" and events[0].target.code() == "AFG"
    # a clause that only rides along ("as Tehran rejected ...") keeps its own event
    events = code_text("The United States warned that it will continue to exert maximum pressure on Iran, as Tehran "
                       "rejected its offer for new nuclear talks.", "2025-03-13")
    assert {"THREATEN", "REJECT"} <= {e.type for e in events}, events


def test_a_protest_and_its_purpose_clause_are_one_protest():
    events = code_text("Farmers blocked highways with tractors in France to protest EU rules.", "2024-06-01")
    assert [e.type for e in events] == ["PROTEST"], events
    # the act's result and its subject noun tell the same attack
    events = code_text("Russian missiles hit Kyiv overnight, killing three people.", "2024-06-01")
    assert [(e.type, e.source.code(), e.target.code()) for e in events] == [("ASSAULT", "RUS", "UKR")], events
    events = code_text("Israeli airstrikes pounded Gaza on Tuesday.", "2024-06-01")
    assert [e.type for e in events] == ["ASSAULT"], events


def test_one_actors_same_act_told_twice_in_one_clause_chain_is_one_event():
    events = code_text("Russian forces shelled Kharkiv and bombed Odesa overnight, Ukrainian officials said.", "2024-06-01")
    assert [e.type for e in events] == ["ASSAULT"], events
    events = code_text("The G7 affirmed their unwavering support for Ukraine in defending its territorial integrity.",
                       "2025-03-14")
    assert [(e.type, e.target.code() if e.target else None) for e in events] == [("SUPPORT", "UKR")], events


def test_opposing_a_proposal_is_rejection_opposing_an_act_is_disapproval():
    events = code_text("Hungary opposed the proposal to extend sanctions.", "2024-06-01")
    assert events and events[0].type == "REJECT", events
    events = code_text("The separatist group opposes Chinese investment in Balochistan.", "2024-06-01")
    assert events and events[0].type == "ACCUSE" and events[0].mode == "disapprove", events


def test_broader_vocabulary_for_accuse_concede_and_coerce():
    cases = {
        "The foreign ministry lodged a formal protest with Japan over the visit.": "ACCUSE",
        "Kenya attributed the attack to al-Shabaab.": "ACCUSE",
        "The minister admitted mistakes in the handling of the crisis.": "CONCEDE",
        "The government bowed to pressure from the unions and softened the new labour law.": "CONCEDE",
        "Police took the opposition leader into custody on Friday.": "COERCE",
        "The junta outlawed the main opposition party.": "COERCE",
    }
    for text, expected in cases.items():
        events = code_text(text, "2024-06-01")
        assert events and events[0].type == expected, (text, events)


@pytest.mark.parametrize("meeting", ["a Security Council meeting", "an upcoming summit"])
def test_a_meeting_named_as_the_setting_adds_no_second_event(meeting):
    # past or future, the meeting is where the criticism was voiced, not a CONSULT or AGREE of its own
    events = code_text(f"Speaking at {meeting} on Afghanistan, Pakistan's envoy criticized the Taliban.", "2024-06-01")
    assert [e.type for e in events] == ["ACCUSE"], events


def test_naming_with_what_or_a_kind_word_is_no_judgement():
    assert not code_text("Trump described his relationship with Kim as a good one.", "2024-06-01")
    events = code_text("Geza was expelled from the party for what the party described as violating regulations.",
                       "2024-06-01")
    assert [e.type for e in events] == ["SANCTION"], events
    events = code_text("China described the sanctions as illegal.", "2024-06-01")
    assert [e.type for e in events] == ["ACCUSE"], events


def test_a_reported_act_of_force_is_no_judgement():
    events = code_text("\"Our soldiers shot dead two militants, and four of them blew themselves up,\" he said.",
                       "2024-06-01")
    assert "ACCUSE" not in {e.type for e in events}, events


def test_relief_and_reported_wrongdoing_as_nouns():
    events = code_text("Washington announced the lifting of sanctions on Syria.", "2025-05-23")
    assert events and events[0].type == "CONCEDE", events
    events = code_text("The envoy highlighted the regime's violation of human rights.", "2024-06-01")
    assert events and events[0].type == "ACCUSE" and events[0].mode == "allege", events


def test_a_meeting_named_as_the_time_of_a_proposal_is_not_proposed():
    # "during the negotiations" is when Iran proposed, not talks Iran proposes (no future talks -> no AGREE)
    events = code_text("During the negotiations, Iran proposed a new plan.", "2024-06-01")
    assert not any(e.trigger == "negotiations" for e in events), events


def test_blame_on_names_the_accused_in_the_on_object():
    # "blamed the Hamas attack on Iran": Iran is accused, not Hamas (the direct object is the deed)
    events = code_text("Israel blamed the Hamas attack on Iran.", "2024-06-01")
    assert events and events[0].type == "ACCUSE" and "IRN" in _codes(events[0].target), events


def test_a_meeting_that_another_act_is_about_is_no_consultation():
    events = code_text("In 2019, Trump praised his first summit with North Korean leader Kim Jong Un.", "2024-06-01")
    assert [e.type for e in events] == ["SUPPORT"], events


def test_a_journalists_interview_is_no_consultation():
    assert not [e for e in code_text("Reuters spoke with the minister on Monday.", "2024-06-01") if e.type == "CONSULT"]
    events = code_text("The Iranian foreign minister spoke with his Iraqi counterpart on Monday.", "2024-06-01")
    assert [e.type for e in events] == ["CONSULT"], events


def test_a_meetings_purpose_clause_is_that_meeting():
    events = code_text("The United States called a private meeting of the U.N. Security Council to discuss Iran's "
                       "proliferation efforts.", "2024-06-01")
    assert [e.type for e in events] == ["REQUEST"], events


def test_an_act_in_a_hypothetical_gerund_subject_is_not_reported():
    assert not code_text("Douglas Paal said that attempting a summit with Kim could be risky for Trump.", "2024-06-01")
    assert not code_text("Imposing sanctions on Russia would hurt Europe, he said.", "2024-06-01")


def test_people_described_by_the_talks_they_take_part_in_report_no_meeting():
    events = code_text("Trump has been reassigning U.S. officials involved in negotiations with North Korea to other "
                       "posts.", "2024-06-01")
    assert "CONSULT" not in {e.type for e in events}, events


def test_what_a_meeting_did_comes_before_the_meeting():
    events = code_text("Cameroon and Chad officials met in Bangui and signed an agreement to jointly combat armed "
                       "gangs.", "2024-06-01")
    assert events and events[0].type == "SUPPORT" and "CONSULT" in {e.type for e in events}, events
