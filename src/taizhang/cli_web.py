"""Web commands of the taizhang CLI: serve, demo, user add/list/passwd/role/deactivate,
token create/list/revoke, settings public-read.

Registered on the main Typer app by :func:`register`. ``demo`` builds a fresh SQLite ledger from
the bundled Jiangmen 2023 examples, creates one user per role with random passwords (printed
once), and serves the dashboard as of 2023-09-30.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from taizhang.cli_ledger import DbOption, WhoOption, _errors, _open, _who
from taizhang.cli_tables import Column, table_lines
from taizhang.messages import text
from taizhang.vocab import ASSIGNABLE_ROLES, label

__all__ = ["register"]

_USER_COLUMNS = (Column("cli.col.user"), Column("cli.col.role"), Column("cli.col.regions"), Column("cli.col.active"))

HostOption = Annotated[str, typer.Option(help=text("cli.help.host"))]
PortOption = Annotated[int, typer.Option(help=text("cli.help.port"))]
DEMO_AS_OF = date(2023, 9, 30)
DEMO_USERS = (
    ("admin", "admin", ()),
    ("reviewer", "reviewer", ()),
    ("pengjiang", "reporter", ("440703",)),  # 蓬江区
    ("xinhui", "reporter", ("440705",)),  # 新会区
    ("viewer", "viewer", ()),
)


Role = StrEnum("Role", {r: r for r in ASSIGNABLE_ROLES})  # type: ignore[misc]  # the choices of data/roles.tsv
ROLE_HELP = text("cli.help.role", roles=", ".join(f"{r} ({label('role', r)})" for r in ASSIGNABLE_ROLES))


class OnOff(StrEnum):
    on = "on"
    off = "off"


def _run(app: Any, host: str, port: int) -> None:
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)


def _serve(
    db: DbOption = None,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
    as_of: Annotated[str | None, typer.Option("--as-of", help=text("cli.help.serve_as_of"))] = None,
) -> None:
    """Serve the dashboard and the JSON API (FastAPI on uvicorn; settings also from TAIZHANG_* variables)."""
    from taizhang.cli_ledger import _date
    from taizhang.ledger.database import database_url
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    with _errors():
        overrides: dict[str, Any] = {"database_url": database_url(db)}
        if as_of:
            overrides["as_of"] = _date(as_of, "--as-of")
        settings = Settings(**overrides)
        app = create_app(settings)
    typer.echo(text("cli.serving", host=host, port=port, database=settings.database_url), err=True)
    _run(app, host, port)


def load_demo(url: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    """Fill the ledger at ``url`` with the bundled examples and demo users; returns (name, role, regions, password)."""
    from importlib import resources

    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.documents import ingest_document
    from taizhang.ledger.progress import import_progress
    from taizhang.ledger.users import create_user

    examples = resources.files("taizhang.data").joinpath("examples")
    ledger = open_ledger(url)
    users = []
    try:
        with ledger.session(write=True) as s:
            for name, day in (
                ("jiangmen-2023-city-work-report.txt", date(2023, 1, 10)),
                ("jiangmen-2023-county-plans.txt", date(2023, 1, 20)),
            ):
                data = examples.joinpath(name).read_bytes()
                ingest_document(s, data, who="demo", region="江门市", date=day, source=f"example:{name}")
            # official figures to reconcile with the sheet below (illustrative, labelled so in its first line)
            name = "jiangmen-2023-q3-economy-illustrative.txt"
            data = examples.joinpath(name).read_bytes()
            ingest_document(s, data, who="demo", region="江门市", date=date(2023, 10, 20), source=f"example:{name}")
            sheet = "jiangmen-2023-q3-actuals-illustrative.csv"
            import_progress(s, Path(sheet), who="督查室（示例数据）", data=examples.joinpath(sheet).read_bytes())
            for name, role, regions in DEMO_USERS:
                password = secrets.token_urlsafe(9)
                create_user(s, name, role=role, password=password, regions=regions, who="demo")
                users.append((name, role, regions, password))
    finally:
        ledger.close()
    return users


def _demo(
    db: Annotated[Path | None, typer.Option("--db", help=text("cli.help.demo_db"))] = None,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
) -> None:
    """Load the Jiangmen 2023 example into a fresh ledger, create demo users, and serve the dashboard."""
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="taizhang-demo-")
        path = Path(tmp.name) / "taizhang-demo.db"
    else:
        path = db
        if path.exists():
            raise typer.BadParameter(text("cli.demo_exists", path=path))
    url = f"sqlite:///{path}"
    try:
        typer.echo(text("cli.demo_loading"), err=True)
        with _errors():
            users = load_demo(url)
        typer.echo("\n" + text("cli.demo_users", as_of=DEMO_AS_OF))
        demo_rows = (
            (name, label("role", role), password, ", ".join(regions)) for name, role, regions, password in users
        )
        for line in table_lines((*_USER_COLUMNS[:2], Column("cli.col.password"), Column("cli.col.regions")), demo_rows):
            typer.echo("  " + line)
        typer.echo("\n" + text("cli.demo_open", host=host, port=port) + "\n")
        settings = Settings(database_url=url, as_of=DEMO_AS_OF)
        _run(create_app(settings), host, port)
    finally:
        if tmp is not None:
            tmp.cleanup()


def _user_app() -> typer.Typer:
    app = typer.Typer(
        help=text("cli.help.user"),
        no_args_is_help=True,
    )

    @app.command("add", help=text("cli.cmd.user.add"))
    def add(
        name: str,
        role: Annotated[Role, typer.Option(help=ROLE_HELP)],
        region: Annotated[list[str] | None, typer.Option(help=text("cli.help.user_region"))] = None,
        unit: Annotated[list[str] | None, typer.Option(help=text("cli.help.user_unit"))] = None,
        password: Annotated[
            str | None,
            typer.Option(help=text("cli.help.password")),
        ] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Add a user: taizhang user add NAME --role reporter --region 440703."""
        from taizhang.ledger.users import create_user

        secret = password or _password()
        from taizhang.ledger.units import resolve_unit

        with _errors(), _open(db).session(write=True) as s:
            units = [resolve_unit(s, u).id for u in unit or ()]
            create_user(s, name, role=role.value, password=secret, regions=region or (), units=units, who=_who(who))
        typer.echo(text("cli.user_added", name=name, role=label("role", role.value)))

    @app.command("list", help=text("cli.cmd.user.list"))
    def list_(db: DbOption = None) -> None:
        """List users with their roles and regions."""
        from taizhang.ledger.users import is_active, list_users

        with _errors(), _open(db).session() as s:
            rows = [
                (
                    u.name,
                    label("role", u.role),
                    ", ".join(u.regions or []),
                    "" if is_active(u) else text("cli.deactivated"),
                )
                for u in list_users(s)
            ]
        for line in table_lines(_USER_COLUMNS, rows):
            typer.echo(line)

    @app.command("passwd", help=text("cli.cmd.user.passwd"))
    def passwd(
        name: str,
        password: Annotated[str | None, typer.Option(help=text("cli.help.new_password"))] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Set a user's password (ends their sessions and tokens)."""
        from taizhang.ledger.users import set_password

        secret = password or _password()
        with _errors(), _open(db).session(write=True) as s:
            set_password(s, name, secret, who=_who(who))
        typer.echo(text("cli.password_changed", name=name))

    @app.command("role", help=text("cli.cmd.user.role"))
    def role(
        name: str,
        role: Annotated[Role, typer.Option(help=ROLE_HELP)],
        region: Annotated[
            list[str] | None,
            typer.Option(help=text("cli.help.role_region")),
        ] = None,
        unit: Annotated[list[str] | None, typer.Option(help=text("cli.help.user_unit"))] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Change a user's role and region scope: taizhang user role NAME --role reporter --region 440703."""
        from taizhang.ledger.units import resolve_unit
        from taizhang.ledger.users import get_user, update_user

        with _errors(), _open(db).session(write=True) as s:
            units = None if unit is None else [resolve_unit(s, u).id for u in unit]
            user = update_user(
                s, get_user(s, name).id, who=_who(who), role=role.value, regions=region or (), units=units
            )
            scope = ", ".join(user.regions or []) or text("cli.no_regions")
        typer.echo(text("cli.role_changed", name=name, role=label("role", role.value), regions=scope))

    @app.command("deactivate", help=text("cli.cmd.user.deactivate"))
    def deactivate(name: str, db: DbOption = None, who: WhoOption = None) -> None:
        """Deactivate a user: no login, sessions or tokens any more; `user passwd` makes them active again."""
        from taizhang.ledger.users import deactivate_user, get_user

        with _errors(), _open(db).session(write=True) as s:
            deactivate_user(s, get_user(s, name).id, who=_who(who))
        typer.echo(text("cli.user_deactivated", name=name))

    return app


def _token_app() -> typer.Typer:
    app = typer.Typer(help=text("cli.help.token"), no_args_is_help=True)

    @app.command("create", help=text("cli.cmd.token.create"))
    def create(
        name: Annotated[str, typer.Argument(help=text("cli.help.token_user"))],
        label: Annotated[str, typer.Option(help=text("cli.help.token_label"))] = "script",
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Create a token for a user and print it once (only its hash is stored)."""
        from taizhang.ledger.users import get_user, issue_token

        with _errors(), _open(db).session(write=True) as s:
            token, row = issue_token(s, get_user(s, name), label=label, who=_who(who))
            token_id = row.id
        typer.echo(text("cli.token_created", id=token_id, label=label, name=name), err=True)
        typer.echo(token)

    @app.command("list", help=text("cli.cmd.token.list"))
    def list_(
        user: Annotated[str | None, typer.Option("--user", help=text("cli.help.token_only"))] = None,
        db: DbOption = None,
    ) -> None:
        """List tokens: id, user, name, created, last used (never the tokens themselves)."""
        from taizhang.ledger.users import get_user, list_tokens

        with _errors(), _open(db).session() as s:
            rows = [
                (
                    t.id, owner, t.label, f"{t.created_at:%Y-%m-%d %H:%M}",
                    t.last_used_at.strftime("%Y-%m-%d %H:%M") if t.last_used_at else text("cli.never_used"),
                )
                for t, owner in list_tokens(s, get_user(s, user) if user else None)
            ]  # fmt: skip
        columns = (
            Column("cli.col.id", right=True), Column("cli.col.user"), Column("cli.col.token_label"),
            Column("cli.col.created"), Column("cli.col.last_used"),
        )  # fmt: skip
        for line in table_lines(columns, rows):
            typer.echo(line)

    @app.command("revoke", help=text("cli.cmd.token.revoke"))
    def revoke(
        token_id: Annotated[int, typer.Argument(help=text("cli.help.token_id"))],
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Revoke a token: it stops working at once."""
        from taizhang.ledger.users import revoke_token

        with _errors(), _open(db).session(write=True) as s:
            label = revoke_token(s, token_id, who=_who(who)).label
        typer.echo(text("cli.token_revoked", id=token_id, label=label))

    return app


def _password() -> str:
    env = os.environ.get("TAIZHANG_PASSWORD")
    if env:
        return env
    value: str = typer.prompt(text("cli.password_prompt"), hide_input=True, confirmation_prompt=True)
    return value


def _settings_app() -> typer.Typer:
    app = typer.Typer(help=text("cli.help.settings"), no_args_is_help=True)

    @app.command("public-read", help=text("cli.cmd.settings.public-read"))
    def public_read(
        value: Annotated[OnOff, typer.Argument(help=text("cli.help.public_read"))],
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Turn public read-only access on or off (off by default)."""
        from taizhang.ledger.users import set_setting

        with _errors(), _open(db).session(write=True) as s:
            set_setting(s, "public_read", value is OnOff.on, who=_who(who))
        typer.echo(text("cli.public_read_on" if value is OnOff.on else "cli.public_read_off"))

    return app


def register(app: typer.Typer) -> None:
    """Add the web commands to the taizhang Typer ``app`` (after any older ``demo``, which this replaces)."""
    app.command("serve", help=text("cli.cmd.serve"))(_serve)
    app.command("demo", help=text("cli.cmd.demo"))(_demo)
    app.add_typer(_user_app(), name="user")
    app.add_typer(_token_app(), name="token")
    app.add_typer(_settings_app(), name="settings")
