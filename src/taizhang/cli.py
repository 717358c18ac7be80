"""The taizhang command line (placeholder)."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="目标台账: extract quantified targets and keep them in a ledger.", no_args_is_help=True
)


@app.command()
def version() -> None:
    """Print the version."""
    from taizhang import __version__

    typer.echo(__version__)
