"""Which PLOVER type a sentence's act is when its words could make another one:
announced coercion meant to make someone act (THREATEN) against a plan
(intended), promised help (AGREE), troops backing troops (one operation, not
SUPPORT), measures that "come off" (CONCEDE), being in jail (COERCE)."""

import pytest

from newsevents.events import code_text


def _coded(text):
    return [(e.type, e.modality) for e in code_text(text)]


def _types(text):
    return [e.type for e in code_text(text)]


# --- announced coercion with a compelling aim is a threat (manual, THREATEN: "coercive warnings")
@pytest.mark.parametrize("text", [
    "Geza said that he would mobilize public protests to push President Emmerson Mnangagwa out of office.",
    "The minister said Turkey would impose sanctions on the company to force it to leave the country.",
    "The general said the army will deploy troops to the border to deter Russia.",
])
def test_future_coercion_to_compel_someone_is_a_threat(text):
    assert _types(text)[:1] == ["THREATEN"]


@pytest.mark.parametrize("text, expected", [
    # a plan reported for its own sake stays the act, intended (guidelines: "plans to suspend all ties")
    ("Russia has informed Norway that it plans to suspend all military ties with NATO.", ("SANCTION", "intended")),
    # done, not announced: no threat whatever its aim
    ("Kenya deployed troops to the border to deter any incursion.", ("MOBILIZE", "asserted")),
    # a deployment aimed at a state of affairs, not at someone: a plan, no warning
    ("Kenya said it will deploy troops to Haiti to stop gang violence.", ("MOBILIZE", "intended")),
])
def test_plans_and_past_acts_are_no_threat(text, expected):
    assert _coded(text)[:1] == [expected]


# --- a third party's promised help to free someone is a promise of cooperation, not the release
def test_promised_help_to_release_is_agree():
    assert _types("President Trump said that he will help release my father.")[:1] == ["AGREE"]


def test_announced_release_by_the_captor_stays_a_concession():
    assert _types("The government said it will release the detained journalists next week.")[:1] == ["CONCEDE"]


# --- soldiers fighting beside soldiers: one operation coded by what it does
def test_troops_backed_by_troops_are_no_political_support():
    types = _types("Alasow said the government soldiers backed by African Union troops worked through the "
                   "night to rescue elders trapped inside the hotel.")
    assert "SUPPORT" not in types
    assert "AID" in types


def test_a_state_backing_rebels_is_still_support():
    assert "SUPPORT" in _types("Rebels backed by Rwanda seized the city of Goma.")


# --- measures that "come off" are eased, not imposed
def test_tariffs_coming_off_if_a_condition_is_met_is_a_conditional_concession():
    coded = _coded("\"If fentanyl ends, I think these [tariffs] will come off,\u201d Commerce Secretary Howard "
                   "Lutnick told NBC\u2019s \u201cMeet the Press\u201d show.")
    assert coded[:1] == [("CONCEDE", "conditional")]
    assert "SANCTION" not in [t for t, _ in coded]


def test_tariffs_imposed_are_still_a_sanction():
    assert _types("The United States imposed new tariffs on Chinese steel.")[:1] == ["SANCTION"]


# --- jail: the detention, not the building
@pytest.mark.parametrize("text", [
    "Several other officials of his government and senior party members are also in jail, facing trial on "
    "charges of corruption.",
    "Hundreds of protesters remain in jail in Minsk.",
])
def test_being_in_jail_is_a_detention(text):
    assert _types(text)[:1] == ["COERCE"]


@pytest.mark.parametrize("text", [
    "The jail was built in 1950.",
    "The prison was built by British colonial authorities.",
])
def test_a_prison_building_is_no_event(text):
    assert _types(text) == []


# --- an order forbidding publication is censorship, an order to act a request
def test_order_not_to_publish_is_censorship():
    events = code_text("An owner of a printing press told VOA that the provincial Directorate of Information and "
                       "Culture instructed publishers not to print anything without prior permission.")
    assert [(e.type, e.mode) for e in events][:1] == [("COERCE", "censor")]


def test_order_to_report_stays_a_request():
    assert _types("The ministry instructed hospitals to report all cases.")[:1] == ["REQUEST"]
