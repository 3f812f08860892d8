"""One settings loader: file, environment, command line; a typo in the file is refused by name."""

from __future__ import annotations

import pytest

from core.cli import main
from core.config import load_settings
from core.errors import ValidationError


def test_an_unknown_key_names_itself_and_the_file(tmp_path, monkeypatch, capsys):
    config = tmp_path / "guichet.toml"
    config.write_text('greylist_treshold = 3\nportal_url = "http://x:1"\n', encoding="utf-8")
    monkeypatch.setenv("GUICHET_CONFIG", str(config))
    with pytest.raises(ValidationError) as err:
        load_settings(environ={})
    assert "greylist_treshold" in str(err.value) and str(config) in str(err.value)
    code = main(["customer", "list", "--database", str(tmp_path / "db.sqlite3")])
    _out, stderr = capsys.readouterr()
    assert code == 2 and stderr.count("\n") == 1
    assert "'greylist_treshold' is not a setting of Guichet" in stderr and str(config) in stderr


def test_file_then_environment_then_command_line(tmp_path, monkeypatch):
    config = tmp_path / "guichet.toml"
    config.write_text(
        'database = "/from/file.sqlite3"\nlink_ttl_hours = 24\nbusiness_name = "Club"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("GUICHET_CONFIG", str(config))
    settings = load_settings(environ={"GUICHET_LINK_TTL_HOURS": "48"})
    assert settings.database == "/from/file.sqlite3" and settings.link_ttl_hours == 48
    settings = load_settings(environ={}, overrides={"database": "/cli.sqlite3", "language": None})
    assert settings.database == "/cli.sqlite3" and settings.business_name == "Club"


@pytest.mark.parametrize(
    "line, field", [("link_ttl_hours = 0", "link_ttl_hours"), ("portal_url = 5", "portal_url")]
)
def test_a_bad_value_names_its_key(tmp_path, monkeypatch, line, field):
    config = tmp_path / "guichet.toml"
    config.write_text(line + "\n", encoding="utf-8")
    monkeypatch.setenv("GUICHET_CONFIG", str(config))
    with pytest.raises(ValidationError) as err:
        load_settings(environ={})
    assert err.value.field == field
