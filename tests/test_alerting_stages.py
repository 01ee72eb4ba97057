"""The pure stages: dedup, routing, grouping timing, resolved, inhibition, silences."""

from __future__ import annotations

import pytest

from tests.fake_slack import resolved, sample_alert
from veille.alerting.config import parse_alerting
from veille.alerting.dedup import Deduplicator
from veille.alerting.grouping import Grouper
from veille.alerting.inhibit import Inhibitor
from veille.alerting.matchers import Matcher, alert_labels, dominant_language
from veille.alerting.routing import ResolvedRoute, Router
from veille.alerting.silences import SilenceNotFound, Silences

T0 = 1_795_302_000.0  # 2026-11-21T23:00:00Z

ROUTE = ResolvedRoute(
    id="0",
    receiver="slack",
    group_by=("group", "kind"),
    group_wait=30,
    group_interval=300,
    repeat_interval=4 * 3600,
    send_resolved=True,
)


def never_muted(alert: dict) -> bool:
    return False


def flush(grouper: Grouper, now: float, muted=never_muted) -> list[dict]:
    """Evaluate and commit like the Dispatcher does."""
    notifications = []
    for evaluation in grouper.due(now, muted):
        if evaluation.notification:
            notifications.append(evaluation.notification)
        grouper.commit(evaluation)
    return notifications


# -- dedup ------------------------------------------------------------------------------------


def test_dedup_by_id_and_status_survives_a_new_instance() -> None:
    state: dict = {}
    alert = sample_alert()
    assert Deduplicator(state).is_new(alert, T0)
    assert not Deduplicator(state).is_new(alert, T0 + 1)  # "restart": same mapping
    assert Deduplicator(state).is_new(resolved(alert), T0 + 2)
    assert not Deduplicator(state).is_new(resolved(alert), T0 + 3)
    assert Deduplicator(state, retention=10).prune(T0 + 100) == 2 and not state


# -- matchers and routing -----------------------------------------------------------------------


def test_labels_and_dominant_language() -> None:
    alert = sample_alert(evidence={"languages": {"en": 3, "fr": 10}})
    assert dominant_language(alert) == "fr"
    assert dominant_language(sample_alert(evidence={"languages": {"nl": 2, "de": 2}})) == "de"
    assert dominant_language(sample_alert(evidence={})) == "und"
    assert alert_labels(alert)["series"] == "term:paracetix-junior"
    assert Matcher.parse("language=~fr|en").matches(alert_labels(alert))
    assert Matcher.parse("term!~paracetix-.*").matches(alert_labels(alert)) is False
    assert Matcher.parse("severity != critical").matches(alert_labels(alert))


CONFIG = parse_alerting(
    {
        "receivers": [
            {"name": "default", "type": "slack", "url": "https://h.example/1"},
            {"name": "oncall", "type": "slack", "url": "https://h.example/2"},
            {"name": "competitors", "type": "slack", "url": "https://h.example/3"},
            {
                "name": "german",
                "type": "webhook",
                "url": "https://h.example/4",
                "secrets": ["0123456789abcdef0"],
            },
        ],
        "route": {
            "receiver": "default",
            "group_wait": "20s",
            "routes": [
                {
                    "matchers": ["severity=critical"],
                    "receiver": "oncall",
                    "continue": True,
                    "group_wait": "5s",
                    "send_resolved": True,
                },
                {
                    "matchers": ["group=competitors"],
                    "receiver": "competitors",
                    "repeat_interval": "12h",
                },
                {"matchers": ["language=de"], "receiver": "german"},
            ],
        },
    }
)


def test_routing_tree() -> None:
    router = Router(CONFIG)
    plain = router.match(alert_labels(sample_alert()))
    assert [r.receiver for r in plain] == ["default"] and plain[0].group_wait == 20
    critical = router.match(alert_labels(sample_alert(severity="critical")))
    assert [r.receiver for r in critical] == ["oncall"]  # continue, but no other child matches
    assert critical[0].group_wait == 5 and critical[0].send_resolved is True
    both = router.match(alert_labels(sample_alert(severity="critical", group="competitors")))
    assert [r.receiver for r in both] == ["oncall", "competitors"]
    assert both[1].repeat_interval == 12 * 3600 and both[1].group_wait == 20  # inherited
    german = sample_alert(evidence={"languages": {"de": 5, "fr": 1}})
    route = router.match(alert_labels(german))[0]
    assert route.receiver == "german" and route.send_resolved is True  # webhook default


# -- grouping -----------------------------------------------------------------------------------


def test_group_wait_collects_terms_of_one_group_into_one_notification() -> None:
    grouper = Grouper({})
    grouper.add(sample_alert(term="paracetix"), ROUTE, T0)
    grouper.add(sample_alert(term="paracetix-junior"), ROUTE, T0 + 10)
    grouper.add(sample_alert(term="paracetix-1000"), ROUTE, T0 + 29)
    grouper.add(sample_alert(term="paracetix", kind="negative_surge"), ROUTE, T0 + 5)
    assert flush(grouper, T0 + 29) == []  # group_wait not over
    sent = flush(grouper, T0 + 30)
    assert len(sent) == 1  # the volume_spike group (the surge group is due at T0 + 35)
    assert [a["term"] for a in sent[0]["alerts"]] == [
        "paracetix",
        "paracetix-1000",
        "paracetix-junior",
    ]
    assert sent[0]["group_labels"] == {"group": "paracetix", "kind": "volume_spike"}
    assert len(flush(grouper, T0 + 35)) == 1


def test_group_interval_and_repeat_interval() -> None:
    grouper = Grouper({})
    grouper.add(sample_alert(term="a"), ROUTE, T0)
    first = flush(grouper, T0 + 30)
    assert len(first) == 1
    grouper.add(sample_alert(term="b"), ROUTE, T0 + 40)
    assert flush(grouper, T0 + 100) == []  # a new alert waits for the next group_interval
    second = flush(grouper, T0 + 330)
    assert [a["term"] for a in second[0]["alerts"]] == ["a", "b"]
    assert second[0]["id"] != first[0]["id"]
    assert second[0]["id"].split("-")[0] == first[0]["id"].split("-")[0]
    # Nothing new: silence until repeat_interval (4 h) since the last notification.
    now = T0 + 330
    repeats = []
    while now < T0 + 330 + 4 * 3600 + 600:
        now += 300
        repeats += [(now - (T0 + 330), n) for n in flush(grouper, now)]
    assert len(repeats) == 1 and repeats[0][0] >= 4 * 3600


def test_resolved_notifications_only_with_send_resolved() -> None:
    for send_resolved, expected in ((True, ["resolved"]), (False, [])):
        route = ResolvedRoute("0", "slack", ("group", "kind"), 30, 300, 14400, send_resolved)
        state: dict = {}
        grouper = Grouper(state)
        alert = sample_alert()
        grouper.add(alert, route, T0)
        assert len(flush(grouper, T0 + 30)) == 1
        assert grouper.add(resolved(alert), route, T0 + 60, known_only=True)
        sent = flush(grouper, T0 + 330)
        assert [n["status"] for n in sent] == expected
        if sent:
            assert sent[0]["alerts"][0]["status"] == "resolved"
        assert state == {}  # the empty group is gone


def test_resolved_before_firing_was_notified_is_not_announced() -> None:
    grouper = Grouper({})
    alert = sample_alert()
    grouper.add(alert, ROUTE, T0)
    grouper.add(resolved(alert), ROUTE, T0 + 5, known_only=True)
    assert flush(grouper, T0 + 30) == []
    assert grouper.add(resolved(sample_alert(term="zzz")), ROUTE, T0, known_only=True) is None


def test_group_recreated_after_deletion_gets_fresh_notification_ids() -> None:
    grouper = Grouper({})
    alert = sample_alert()
    grouper.add(alert, ROUTE, T0)
    first = flush(grouper, T0 + 30)[0]["id"]
    grouper.add(resolved(alert), ROUTE, T0 + 40, known_only=True)
    flush(grouper, T0 + 330)
    grouper.add(sample_alert(episode_start="2026-11-22T01:00:00Z"), ROUTE, T0 + 4000)
    assert flush(grouper, T0 + 4030)[0]["id"] != first


# -- inhibition ---------------------------------------------------------------------------------

INHIBIT = parse_alerting(
    {
        "receivers": [{"name": "s", "type": "slack", "url": "https://h.example/1"}],
        "route": {"receiver": "s"},
        "inhibit_rules": [
            {
                "source_matchers": ["kind=negative_surge"],
                "target_matchers": ["kind=volume_spike"],
                "equal": ["series"],
            }
        ],
    }
)


def test_negative_surge_mutes_the_volume_spike_of_the_same_term_only() -> None:
    inhibitor = Inhibitor(INHIBIT.inhibit_rules)
    surge = sample_alert(kind="negative_surge")
    spike = sample_alert()
    other = sample_alert(term="paracetix-1000")
    firing = [(a["id"], alert_labels(a)) for a in (surge, spike, other)]
    assert inhibitor.inhibited_by(spike["id"], alert_labels(spike), firing) == surge["id"]
    assert inhibitor.inhibited_by(other["id"], alert_labels(other), firing) is None
    assert inhibitor.inhibited_by(surge["id"], alert_labels(surge), firing) is None
    gone = [(surge["id"], alert_labels(resolved(surge)))]
    assert inhibitor.inhibited_by(spike["id"], alert_labels(spike), gone) is None


def test_inhibited_alert_is_not_notified_by_the_grouper() -> None:
    inhibitor = Inhibitor(INHIBIT.inhibit_rules)
    route = ResolvedRoute("0", "s", ("group",), 30, 300, 14400, False)
    grouper = Grouper({})
    for alert in (sample_alert(kind="negative_surge"), sample_alert(), sample_alert(term="x")):
        grouper.add(alert, route, T0)
    firing = grouper.firing()
    sent = flush(
        grouper, T0 + 30, lambda a: bool(inhibitor.inhibited_by(a["id"], alert_labels(a), firing))
    )
    assert sorted((a["kind"], a["term"]) for a in sent[0]["alerts"]) == [
        ("negative_surge", "paracetix-junior"),
        ("volume_spike", "x"),
    ]


# -- silences -----------------------------------------------------------------------------------


def test_silences_create_list_match_expire() -> None:
    state: dict = {}
    silences = Silences(state, retention=60)
    labels = alert_labels(sample_alert())
    sid = silences.create(
        ["term=paracetix-junior", "kind=volume_spike"],
        T0,
        duration=3600,
        created_by="alice",
        comment="known recall",
    )
    future = silences.create(
        ["group=paracetix"], T0, starts_at=T0 + 100, ends_at=T0 + 200, created_by="bob"
    )
    assert silences.silenced_by(labels, T0 + 1) == sid
    assert silences.silenced_by(alert_labels(sample_alert(term="other")), T0 + 1) is None
    assert silences.silenced_by(alert_labels(sample_alert(term="other")), T0 + 150) == future
    assert [s["status"] for s in silences.list(T0)] == ["pending", "active"]
    assert silences.silenced_by(labels, T0 + 3600) is None  # expired by time
    sid2 = silences.create(["term=paracetix-junior"], T0, duration=3600, created_by="alice")
    silences.expire(sid2, T0 + 10)
    assert silences.silenced_by(labels, T0 + 11) == sid  # the first one still active
    assert {s["id"] for s in silences.list(T0 + 11, include_expired=True)} == {sid, sid2, future}
    assert sid2 not in {s["id"] for s in silences.list(T0 + 11)}
    with pytest.raises(SilenceNotFound):
        silences.expire("nope", T0)
    assert Silences(state).silenced_by(labels, T0 + 20) == sid  # survives a new instance
    silences.gc(T0 + 3600 + 61)
    assert not state


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"matchers": []}, "non-empty list"),
        ({"matchers": ["colour=red"]}, "unknown label"),
        ({"matchers": ["term=~.*"]}, "must not match an empty"),
        ({"created_by": " "}, "created_by"),
        ({"duration": -5}, "end in the future"),
        ({"ends_at": T0 + 5}, "exactly one"),
    ],
)
def test_silence_validation(kwargs: dict, message: str) -> None:
    args = {"matchers": ["term=x"], "duration": 60, "created_by": "alice", **kwargs}
    with pytest.raises(ValueError, match=message):
        Silences({}).create(args.pop("matchers"), T0, **args)
