"""Documentation that runs: module doctests and the README's Python example."""

from __future__ import annotations

import contextlib
import doctest
import importlib
import io
import re
from pathlib import Path

import pytest

import taizhang

README = Path(__file__).parent.parent / "README.md"
PACKAGE = Path(taizhang.__file__).parent


def _doctest_modules() -> list[str]:
    """Every module of the package whose source holds an example (``>>>``): all of them run."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if ">>>" in path.read_text(encoding="utf-8"):
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_the_doctest_modules_are_found() -> None:
    assert {"taizhang", "taizhang.extract.numbers", "taizhang.track.schedule"} <= set(_doctest_modules())


@pytest.mark.parametrize("name", _doctest_modules())
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), raise_on_error=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_readme_python_example_prints_what_it_says() -> None:
    block = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block is not None
    code = block.group(1)
    expected = "\n".join(line[2:] for line in code.splitlines() if line.startswith("# "))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().strip() == expected.strip()


def test_every_cli_command_is_in_the_readme() -> None:
    import typer.main

    from taizhang.cli import app

    text = README.read_text(encoding="utf-8")
    root = typer.main.get_command(app)
    missing = []
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        if name == "version":
            continue
        subcommands = getattr(command, "commands", None)
        if subcommands:
            missing += [f"taizhang {name} {sub}" for sub in subcommands if f"taizhang {name} {sub}" not in text]
        elif f"taizhang {name}" not in text:
            missing.append(f"taizhang {name}")
    assert not missing, f"not in the README: {missing}"


def test_readme_links_to_files_that_exist() -> None:
    """Issue 12: the README cited TARGETS.md, which was not in the repository."""
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+?)(?:#[^)]*)?\)", text)
    local = [link for link in links if "://" not in link]
    assert "docs/TARGETS.md" in local
    missing = [link for link in local if not (README.parent / link).exists()]
    assert missing == []


def test_every_ledger_setting_is_in_the_readme() -> None:
    from taizhang.ledger.settings import LedgerSettings

    text = README.read_text(encoding="utf-8")
    missing = [name for name in LedgerSettings.model_fields if name.upper() not in text]
    assert not missing, f"settings not in the README: {missing}"
