"""Alert notifications (Alertmanager-style pipeline) and the adverse-reaction triage queue.

config (YAML `alerting:`) -> pipeline.Dispatcher: dedup -> routing -> grouping -> inhibit /
silences -> per-receiver outbox -> notifiers (Slack Block Kit, signed webhook); triage.TriageQueue
for `ade.candidate` posts; http_api.routes for silences and triage acknowledgements.
"""
