"""The CLI a newcomer meets first: every command listed, every command with examples."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from veille.cli import main
from veille.streams.records import SCHEMA_DIR, json_schemas

COMMANDS = ["worker", "replay", "simulate", "demo", "enrich", "detect", "train"]


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert f"  {command} " in result.output


def test_every_command_has_examples() -> None:
    for command in COMMANDS:
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Examples:" in result.output and "veille " + command in result.output, command


def test_published_schemas_are_up_to_date() -> None:
    for name, schema in json_schemas().items():
        committed = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text())
        assert committed == schema, f"run: python -m veille.streams.records ({name} changed)"
        jsonschema.Draft202012Validator.check_schema(committed)


def test_simulate_writes_posts_and_malformed_lines(tmp_path: Path) -> None:
    out = tmp_path / "s.jsonl"
    result = CliRunner().invoke(
        main,
        ["simulate", "-o", str(out), "--quiet-days", "1", "--crisis-hours", "1", "--invalid", "5"],
    )
    assert result.exit_code == 0, result.output
    lines = out.read_bytes().splitlines()
    valid = [json.loads(line) for line in lines[:-5]]
    assert len(valid) > 300
    post_schema = json.loads((SCHEMA_DIR / "post.schema.json").read_text())
    for post in valid[:200]:
        jsonschema.validate(post, post_schema)
    assert f"wrote {len(valid)} posts and 5 malformed lines" in result.output


def test_readme_documents_every_setting_and_command() -> None:
    from veille.settings import ENV_PREFIX, Settings

    readme = (SCHEMA_DIR.parent.parent / "README.md").read_text()
    for name in Settings.model_fields:
        assert f"`{ENV_PREFIX}{name.upper()}`" in readme, name
    for command in COMMANDS:
        assert f"veille {command}" in readme
    assert "make demo" in readme and "make test" in readme
