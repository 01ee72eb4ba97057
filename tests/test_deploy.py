"""Static checks of deploy/ and the Dockerfile: syntax and cross-references with the code.

Nothing here needs Docker or Kubernetes: files are parsed, their names, ports, paths and
metrics are checked against what the code defines, and promtool validates the Prometheus files.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from veille.agents.watchlists import load_file_config
from veille.alerting.config import load_alerting_config
from veille.settings import ENV_PREFIX, Settings, load_settings

from .prometheus_server import (
    DASHBOARD,
    DEPLOY,
    PENDING_METRICS,
    PROMETHEUS_CONFIG,
    PROMETHEUS_SERIES,
    REPO,
    RULES,
    RULES_TEST,
    dashboard_queries,
    exported_metric_names,
    metric_names,
    prometheus_binaries,
    rule_expressions,
)

DOCKERFILE = REPO / "Dockerfile"
COMPOSE = DEPLOY / "docker-compose.yml"
K8S = DEPLOY / "k8s"
APP_SOURCE = REPO / "streams" / "app.py"
DEMO_CONFIG = REPO / "veille" / "data" / "demo.yaml"

# Secrets the deploy files pass as environment variables for `${NAME}` references in the
# `alerting:` section of the watchlists file (not Settings fields).
PENDING_SETTINGS = {
    "VEILLE_WEBHOOK_SECRET": "HMAC key signing webhook notifications (secret)",
    "VEILLE_SLACK_WEBHOOK_URL": "Slack incoming-webhook URL (secret)",
}
SETTINGS_VARIABLES = {ENV_PREFIX + name.upper() for name in Settings.model_fields}
DEFAULT_PORT = Settings.model_fields["web_port"].default
WORKERS = ("veille-1", "veille-2")


def _yaml_documents(path: Path) -> list[Any]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


def _k8s_objects() -> dict[tuple[str, str], dict[str, Any]]:
    objects = {}
    for path in sorted(K8S.glob("*.yaml")):
        for doc in _yaml_documents(path):
            if "kind" in doc and doc["kind"] != "Kustomization":
                objects[(doc["kind"], doc["metadata"]["name"])] = doc
    return objects


def _compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


def _statefulset_container() -> dict[str, Any]:
    statefulset = _k8s_objects()[("StatefulSet", "veille")]
    (container,) = statefulset["spec"]["template"]["spec"]["containers"]
    return container


def _dockerfile_instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    instructions = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def _dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for keyword, rest in _dockerfile_instructions():
        if keyword == "ENV":
            env.update(re.findall(r"(\w+)=(\S+)", rest))
    return env


def _served_paths() -> set[str]:
    return set(re.findall(r"""@app\.page\(\s*["']([^"']+)["']""", APP_SOURCE.read_text()))


# ---------------------------------------------------------------- syntax


@pytest.mark.parametrize(
    "path",
    sorted(DEPLOY.rglob("*.yml")) + sorted(DEPLOY.rglob("*.yaml")),
    ids=lambda path: str(path.relative_to(DEPLOY)),
)
def test_yaml_parses(path: Path) -> None:
    assert _yaml_documents(path), f"{path} is empty"


def test_dashboard_is_grafana_json() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    assert 36 <= dashboard["schemaVersion"] <= 41
    assert dashboard["uid"] and dashboard["title"]
    variables = {variable["name"]: variable for variable in dashboard["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    panels = [p for p in dashboard["panels"] if p["type"] != "row"]
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    assert {p["type"] for p in dashboard["panels"] if p["type"] == "row"}, "no rows"
    for panel in panels:
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, panel["title"]
        assert panel["targets"], f"panel {panel['title']!r} has no query"
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "${datasource}", panel["title"]
            assert "${datasource}" not in target["expr"]
        grid = panel["gridPos"]
        assert grid["x"] + grid["w"] <= 24, panel["title"]


def test_dashboard_covers_the_issue() -> None:
    used = set().union(*(metric_names(query.expr) for query in dashboard_queries()))
    required = {
        "veille_bucket_observed_mentions",
        "veille_bucket_expected_mentions",
        "veille_anomaly_score",
        "veille_mentions_total",
        "veille_posts_by_sentiment_total",
        "veille_posts_by_language_total",
        "veille_posts_by_country_total",
        "veille_alerts_total",
        "veille_posts_consumed_total",
        "veille_posts_enriched_total",
        "veille_posts_deadlettered_total",
        "veille_enrichment_batch_seconds_bucket",
        "veille_publish_retries_total",
        "veille_consumer_lag",
        "veille_notifications_total",
        "veille_triage_open_items",
    }
    assert required <= used, required - used


# ---------------------------------------------------------------- metrics


def test_every_metric_in_rules_and_dashboard_is_exported_or_pending() -> None:
    exported = exported_metric_names()
    used: dict[str, set[str]] = {}
    for name, expr in rule_expressions().items():
        for metric in metric_names(expr):
            used.setdefault(metric, set()).add(f"rule {name}")
    for query in dashboard_queries():
        for metric in metric_names(query.expr):
            used.setdefault(metric, set()).add(f"panel {query.id}")
    unknown = {
        metric: sorted(where)
        for metric, where in used.items()
        if metric not in exported
        and metric not in PENDING_METRICS
        and metric not in PROMETHEUS_SERIES
    }
    assert not unknown, f"metrics neither exported by veille/metrics.py nor pending: {unknown}"


def test_pending_metrics_are_not_confused_with_exported_ones() -> None:
    """A pending name must not be a typo of an exported one (e.g. a missing `_total`)."""
    exported = exported_metric_names()
    for name in set(PENDING_METRICS) - exported:
        stem = name.removesuffix("_total")
        clashes = {e for e in exported if e != name and e.removesuffix("_total") == stem}
        assert not clashes, f"pending {name} vs exported {clashes}"


# ---------------------------------------------------------------- settings and ports


def _compose_env() -> dict[str, dict[str, str]]:
    return {
        name: {k: str(v) for k, v in (service.get("environment") or {}).items()}
        for name, service in _compose()["services"].items()
    }


def _k8s_env() -> dict[str, str]:
    objects = _k8s_objects()
    env = {k: str(v) for k, v in objects[("ConfigMap", "veille-config")]["data"].items()}
    env.update(objects[("Secret", "veille-secrets")]["stringData"])
    for item in _statefulset_container().get("env", []):
        env[item["name"]] = str(item.get("value", "<from fieldRef>"))
    return env


def test_every_veille_variable_is_a_setting() -> None:
    sources: dict[str, set[str]] = {}
    for service, env in _compose_env().items():
        for name in env:
            sources.setdefault(name, set()).add(f"compose {service}")
    for name in _k8s_env():
        sources.setdefault(name, set()).add("k8s")
    for name in _dockerfile_env():
        sources.setdefault(name, set()).add("Dockerfile")
    unknown = {
        name: sorted(where)
        for name, where in sources.items()
        if name.startswith(ENV_PREFIX)
        and name not in SETTINGS_VARIABLES
        and name not in PENDING_SETTINGS
    }
    assert not unknown, f"not fields of veille.settings.Settings: {unknown}"


@pytest.mark.parametrize("where", ["compose veille-1", "compose veille-2", "k8s", "Dockerfile"])
def test_deploy_settings_are_valid(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The values pass Veille's own validation (VEILLE_CONFIG pointed at a local file)."""
    env = {
        "compose veille-1": lambda: _compose_env()["veille-1"],
        "compose veille-2": lambda: _compose_env()["veille-2"],
        "k8s": _k8s_env,
        "Dockerfile": _dockerfile_env,
    }[where]()
    for name in list(SETTINGS_VARIABLES):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        if name in SETTINGS_VARIABLES:
            monkeypatch.setenv(name, value if name != "VEILLE_CONFIG" else str(DEMO_CONFIG))
    monkeypatch.setenv("VEILLE_INSTANCE_ID", "veille-0")  # k8s: from the pod name
    settings = load_settings()
    assert settings.web_port == DEFAULT_PORT
    assert settings.web_host == "0.0.0.0"


def test_ports_match_the_default_web_port() -> None:
    assert DEFAULT_PORT == 6066
    expose = [rest for keyword, rest in _dockerfile_instructions() if keyword == "EXPOSE"]
    assert expose == [str(DEFAULT_PORT)]
    compose = _compose()["services"]
    for worker in WORKERS:
        published = [str(port).split(":")[-1] for port in compose[worker]["ports"]]
        assert published == [str(DEFAULT_PORT)], worker
    container = _statefulset_container()
    (port,) = container["ports"]
    assert port == {"name": "http-metrics", "containerPort": DEFAULT_PORT, "protocol": "TCP"}
    objects = _k8s_objects()
    template = objects[("StatefulSet", "veille")]["spec"]["template"]
    assert template["metadata"]["annotations"]["prometheus.io/port"] == str(DEFAULT_PORT)
    for service in ("veille", "veille-headless"):
        (service_port,) = objects[("Service", service)]["spec"]["ports"]
        assert service_port["name"] == "http-metrics"
        assert service_port["port"] == DEFAULT_PORT
        assert service_port["targetPort"] == "http-metrics"
    targets = yaml.safe_load(PROMETHEUS_CONFIG.read_text())["scrape_configs"][0]
    assert targets["job_name"] == "veille"
    assert targets["static_configs"][0]["targets"] == [f"{w}:{DEFAULT_PORT}" for w in WORKERS]


def test_probes_and_healthcheck_hit_served_endpoints() -> None:
    served = _served_paths()
    assert {"/metrics", "/healthz", "/readyz"} <= served
    container = _statefulset_container()
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        get = container[probe]["httpGet"]
        assert get["path"] in served and get["port"] == "http-metrics", probe
    template = _k8s_objects()[("StatefulSet", "veille")]["spec"]["template"]
    assert template["metadata"]["annotations"]["prometheus.io/path"] in served
    (healthcheck,) = [
        rest for keyword, rest in _dockerfile_instructions() if keyword == "HEALTHCHECK"
    ]
    assert "/healthz" in healthcheck


# ---------------------------------------------------------------- Dockerfile


def test_dockerfile_is_small_non_root_and_pinned() -> None:
    instructions = _dockerfile_instructions()
    froms = [rest for keyword, rest in instructions if keyword == "FROM"]
    assert len(froms) >= 2, "multi-stage build expected"
    assert all(image.startswith("python:3.11-slim") for image in froms), froms
    runs = " ".join(rest for keyword, rest in instructions if keyword == "RUN")
    assert "pip install --no-cache-dir -c constraints.txt ." in runs
    users = [rest for keyword, rest in instructions if keyword == "USER"]
    assert users, "no USER: the image would run as root"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}
    env = _dockerfile_env()
    assert env["VEILLE_WEB_HOST"] == "0.0.0.0"
    assert ("ENTRYPOINT", '["veille"]') in instructions
    assert ("CMD", '["worker"]') in instructions
    ignored = (REPO / ".dockerignore").read_text().split()
    assert {".venv", ".git", "tests"} <= set(ignored)
    assert "constraints.txt" not in ignored and "pyproject.toml" not in ignored
    # The k8s securityContext runs as the image's user.
    statefulset = _k8s_objects()[("StatefulSet", "veille")]
    assert str(statefulset["spec"]["template"]["spec"]["securityContext"]["runAsUser"]) == user


RUNTIME_SUFFIXES = {".ftz", ".bin", ".tsv", ".yaml", ".json", ".html", ".jsonl"}


def test_installed_package_ships_its_runtime_data(tmp_path: Path) -> None:
    """`pip install .` (the image) must contain the model and data files the code loads.

    The wheel is built for real: a data folder left out of pyproject.toml is missing from it.
    """
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    assert "BuildBackendWarning" not in build.stderr, build.stderr[-2000:]
    (wheel,) = tmp_path.glob("veille-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = set()
    for package, directory in tomllib.loads((REPO / "pyproject.toml").read_text())["tool"][
        "setuptools"
    ]["package-dir"].items():
        root = REPO / directory
        for path in root.rglob("*"):
            if (
                path.is_file()
                and path.suffix in RUNTIME_SUFFIXES
                and "__pycache__" not in path.parts
            ):
                expected.add(package.replace(".", "/") + "/" + path.relative_to(root).as_posix())
    assert "veille/agents/models/sentiment.ftz" in expected  # the check sees the model at all
    assert expected - shipped == set()


# ---------------------------------------------------------------- compose


def test_compose_runs_two_workers_in_one_group_on_kraft_kafka() -> None:
    services = _compose()["services"]
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:3.9")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]
    env = _compose_env()
    assert {env[w]["VEILLE_APP_ID"] for w in WORKERS} == {"veille"}
    assert len({env[w]["VEILLE_INSTANCE_ID"] for w in WORKERS}) == len(WORKERS)
    for worker in WORKERS:
        assert env[worker]["VEILLE_BROKER"] == "kafka://kafka:9092"
        assert services[worker]["depends_on"]["kafka-init"]["condition"] == (
            "service_completed_successfully"
        )
        assert env[worker]["VEILLE_DATA_DIR"] in services[worker]["tmpfs"]
    # the one-shot service creates every topic the workers use, with their partitions
    script = services["kafka-init"]["command"][0]
    words = set(re.split(r"[\s;]+", script))
    for field in Settings.model_fields:
        if field.startswith("topic_"):
            assert Settings.model_fields[field].default in words, field
    # alert delivery's topic has one partition on purpose (streams/topics.py)
    alerting = Settings.model_fields["topic_alerting"].default
    assert re.search(rf"--topic {re.escape(alerting)} --partitions 1\b", script)
    partitions = services["kafka-init"]["environment"]["PARTITIONS"]
    assert {env[w]["VEILLE_PARTITIONS"] for w in WORKERS} == {partitions}


def test_compose_mounts_exist_and_grafana_is_provisioned() -> None:
    services = _compose()["services"]
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), f"{name}: {source}"
    assert services["prometheus"]["volumes"][1].endswith(":/etc/prometheus/rules.yml:ro")
    (datasource,) = yaml.safe_load(
        (DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text()
    )["datasources"]
    assert datasource["type"] == "prometheus" and "prometheus:9090" in datasource["url"]
    (provider,) = yaml.safe_load(
        (DEPLOY / "grafana/provisioning/dashboards/veille.yml").read_text()
    )["providers"]
    mounted = {v.split(":")[1] for v in services["grafana"]["volumes"] if v.startswith(".")}
    assert provider["options"]["path"] in mounted
    # the compose watchlists file is a valid Veille config
    (watchlists,) = [v for v in services["veille-1"]["volumes"] if "watchlists" in v]
    load_file_config(DEPLOY / watchlists.split(":")[0])


# ---------------------------------------------------------------- kubernetes


def test_k8s_statefulset_is_secure_and_uses_static_membership(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    objects = _k8s_objects()
    statefulset = objects[("StatefulSet", "veille")]
    spec = statefulset["spec"]["template"]["spec"]
    container = _statefulset_container()
    env = {item["name"]: item for item in container["env"]}
    assert env["VEILLE_INSTANCE_ID"]["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.name"
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert set(container["resources"]) == {"requests", "limits"}
    assert {"cpu", "memory"} <= set(container["resources"]["limits"])
    volumes = {volume["name"]: volume for volume in spec["volumes"]}
    mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
    assert "emptyDir" in volumes[mounts[env["VEILLE_DATA_DIR"]["value"]]]
    # VEILLE_CONFIG is a file of a mounted ConfigMap, and a valid watchlists file
    config_path = Path(objects[("ConfigMap", "veille-config")]["data"]["VEILLE_CONFIG"])
    config_volume = volumes[mounts[str(config_path.parent)]]["configMap"]
    assert config_path.name in {item["path"] for item in config_volume["items"]}
    configmap = objects[("ConfigMap", config_volume["name"])]
    watchlists = tmp_path / config_path.name
    watchlists.write_text(configmap["data"][config_path.name])
    assert load_file_config(watchlists).watchlists
    # its alerting section resolves with the Secret's values
    secret = objects[("Secret", "veille-secrets")]["stringData"]
    for name, value in secret.items():
        monkeypatch.setenv(name, value)
    alerting = load_alerting_config(watchlists)
    assert alerting is not None
    assert {r.name for r in alerting.receivers} == {"crisis-slack", "pharmacovigilance"}
    # envFrom names existing objects
    for source in container["envFrom"]:
        kind, ref = (
            ("ConfigMap", source["configMapRef"])
            if "configMapRef" in source
            else (
                "Secret",
                source["secretRef"],
            )
        )
        assert (kind, ref["name"]) in objects
    assert statefulset["spec"]["serviceName"] in {
        name for kind, name in objects if kind == "Service"
    }


def test_k8s_selectors_match_the_pods() -> None:
    objects = _k8s_objects()
    pod_labels = objects[("StatefulSet", "veille")]["spec"]["template"]["metadata"]["labels"]
    for (kind, name), obj in objects.items():
        selector = obj.get("spec", {}).get("selector")
        if selector is None:
            continue
        labels = selector.get("matchLabels", selector)
        assert labels.items() <= pod_labels.items(), f"{kind}/{name}"
    pdb = objects[("PodDisruptionBudget", "veille")]
    assert pdb["spec"]["maxUnavailable"] == 1
    namespaces = {obj["metadata"].get("namespace") for obj in objects.values()} - {None}
    assert namespaces == {"veille"}


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    manifests = {path.name for path in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == manifests


# ---------------------------------------------------------------- rules and promtool


def test_every_rule_has_annotations_and_unit_tests() -> None:
    rules = yaml.safe_load(RULES.read_text())
    tests = yaml.safe_load(RULES_TEST.read_text())["tests"]
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in tests:
        for check in case.get("alert_rule_test", []):
            (firing if check.get("exp_alerts") else quiet).add(check["alertname"])
    for group in rules["groups"]:
        for rule in group["rules"]:
            name = rule["alert"]
            assert {"summary", "description", "runbook"} <= set(rule["annotations"]), name
            assert rule["labels"]["severity"] in {"warning", "critical"}, name
            assert 'job="veille"' in rule["expr"], name
            assert name in firing, f"{name}: no firing test case"
            assert name in quiet, f"{name}: no not-firing test case"


def _promtool(*args: str) -> subprocess.CompletedProcess[str]:
    promtool = prometheus_binaries().promtool
    return subprocess.run([promtool, *args], capture_output=True, text=True, timeout=120, cwd=REPO)


@pytest.mark.parametrize(
    "args",
    [
        ("check", "config", "deploy/prometheus/prometheus.yml"),
        ("check", "rules", "deploy/prometheus/rules.yml"),
        ("test", "rules", "deploy/prometheus/rules_test.yml"),
    ],
    ids=" ".join,
)
def test_promtool(args: tuple[str, ...]) -> None:
    result = _promtool(*args)
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_check_k8s_config(tmp_path: Path) -> None:
    """Some builds (Debian's) leave Kubernetes discovery out: check the rest of the file then."""
    source = DEPLOY / "prometheus" / "prometheus-k8s.yml"
    result = _promtool("check", "config", str(source))
    if (
        result.returncode != 0
        and "kubernetes_sd_configs not found" in result.stdout + result.stderr
    ):
        config = yaml.safe_load(source.read_text())
        for job in config["scrape_configs"]:
            assert job.pop("kubernetes_sd_configs")
            job["static_configs"] = [{"targets": ["veille-0:6066"]}]
        config["rule_files"] = [str(RULES)]
        copy = tmp_path / "prometheus-k8s.yml"
        copy.write_text(yaml.safe_dump(config))
        result = _promtool("check", "config", str(copy))
    assert result.returncode == 0, result.stdout + result.stderr
