"""Who is asking and what they may do: principals, roles, region scope, CSRF and the login limit.

A request is made by a :class:`Principal`: a user logged in through a session cookie, a script
with a bearer token, or (only while public read-only access is on) the anonymous public.
Cookie-authenticated writes must carry the session's CSRF token (``X-CSRF-Token`` or a
``csrf_token`` form field); token-authenticated ones need none, as a browser never sends the
token by itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from taizhang.messages import M
from taizhang.vocab import ROLE_WORDS, RoleWord, label
from taizhang.web.errors import CsrfError, ForbiddenError, RateLimitedError

if TYPE_CHECKING:
    from taizhang.ledger.database import Ledger

__all__ = [
    "SESSION_COOKIE",
    "LoginLimiter",
    "Principal",
    "check_login_csrf",
    "login_csrf_token",
]

SESSION_COOKIE = "taizhang_session"
LOGIN_CSRF_COOKIE = "taizhang_login_csrf"

# What a refused user may not do, by the ``what`` of :meth:`Principal.require`: keys of messages.tsv.
ACTIONS = ("review", "admin", "audit", "report", "list_tokens", "have_tokens", "revoke_token")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who makes a request. ``via`` is ``session``, ``token`` or ``public``."""

    name: str
    role: str
    regions: frozenset[str]
    via: str
    user_id: int | None = None
    csrf_token: str | None = None
    units: frozenset[int] = frozenset()
    """The units (ids) a reporter reports for; a reporter given units sees and reports their targets only."""

    @property
    def logged_in(self) -> bool:
        return self.via != "public"

    @property
    def role_label(self) -> str:
        return label("role", self.role)

    @property
    def _rights(self) -> RoleWord:
        """What the role may do (data/roles.tsv); an unknown role may do nothing."""
        return ROLE_WORDS.get(self.role, ROLE_WORDS["public"])

    @property
    def can_review(self) -> bool:
        """Upload documents; confirm, edit and reject targets."""
        return self._rights.review

    @property
    def can_report(self) -> bool:
        """Report progress (for a reporter: only in their regions)."""
        return self._rights.report != "no"

    @property
    def can_audit(self) -> bool:
        """Read the audit log."""
        return self._rights.audit

    @property
    def can_manage(self) -> bool:
        """Manage users, settings and other people's tokens."""
        return self._rights.manage

    @property
    def reports_everywhere(self) -> bool:
        """Report progress for every region (not only the principal's own)."""
        return self._rights.report == "all"

    @property
    def unit_scoped(self) -> bool:
        """A reporter given units: sees and reports for the targets of those units only."""
        return self._rights.report == "own" and bool(self.units)

    def may_report_for(self, region_code: str | None) -> bool:
        """Whether this principal may write progress for a target of ``region_code`` (a unit-scoped
        reporter: for no region as a whole, see :meth:`may_report_target`)."""
        report = self._rights.report
        if report == "all":
            return True
        return report == "own" and not self.unit_scoped and region_code is not None and region_code in self.regions

    def may_see_target(self, target_units: Collection[int]) -> bool:
        """Whether this principal may read a target that ``target_units`` (ids) lead or assist."""
        return not self.unit_scoped or not self.units.isdisjoint(target_units)

    def may_report_target(self, region_code: str | None, target_units: Collection[int]) -> bool:
        """Whether this principal may write progress for a target of that region and those units."""
        if self.unit_scoped:
            return self._rights.report != "no" and not self.units.isdisjoint(target_units)
        return self.may_report_for(region_code)

    def require(self, allowed: bool, what: str) -> None:
        """Raise ForbiddenError unless ``allowed``; ``what`` is one of :data:`ACTIONS`."""
        if not allowed:
            raise ForbiddenError(self.refusal(what), who=self.name)

    def refusal(self, what: str) -> M:
        """ "审核员 王五 无权管理用户或设置": the message of a refused ``what`` (one of :data:`ACTIONS`)."""
        return M("web.forbidden", name=self.name, role=label("role", self.role), what=M(f"web.action.{what}"))

    def check_csrf(self, presented: str | None) -> None:
        """A cookie-authenticated write must present the session's CSRF token."""
        if self.via != "session":
            return
        if not presented or not self.csrf_token or not hmac.compare_digest(presented, self.csrf_token):
            raise CsrfError(M("web.csrf"))


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def login_csrf_token(secret: str) -> str:
    """A token for the login form: a random part and its HMAC, set as a cookie and a hidden field."""
    nonce = secrets.token_urlsafe(16)
    mac = hmac.new(secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{nonce}.{mac}"


def check_login_csrf(secret: str, cookie: str | None, field: str | None) -> None:
    """The login form's token must equal its cookie and carry a valid HMAC."""
    if not cookie or not field or not hmac.compare_digest(cookie, field):
        raise CsrfError(M("web.login_expired"))
    nonce, _, mac = field.partition(".")
    expected = hmac.new(secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()[:32]
    if not hmac.compare_digest(mac, expected):
        raise CsrfError(M("web.login_expired"))


class LoginLimiter:
    """At most ``attempts`` logins per (user, address) in a sliding ``window`` of seconds, counted
    in the ledger before the password is checked (:mod:`taizhang.ledger.logins`), so the limit
    holds for concurrent attempts and across every worker sharing the ledger. A successful login
    clears its pair's count."""

    def __init__(self, ledger: Ledger, attempts: int, window: float, clock: Callable[[], datetime] = _utcnow) -> None:
        self.ledger, self.attempts, self.window, self.clock = ledger, attempts, timedelta(seconds=window), clock

    def reserve(self, name: str, address: str) -> None:
        """Count one attempt, or raise RateLimitedError when this user and address have used them up."""
        from taizhang.ledger.logins import reserve_attempt

        with self.ledger.session(write=True) as s:
            wait = reserve_attempt(s, name, address, attempts=self.attempts, window=self.window, now=self.clock())
        if wait is not None:
            seconds = int(wait.total_seconds()) + 1
            raise RateLimitedError(M("web.rate_limited", name=name, seconds=seconds), seconds)

    def succeeded(self, name: str, address: str) -> None:
        from taizhang.ledger.logins import clear_attempts

        with self.ledger.session(write=True) as s:
            clear_attempts(s, name, address)


def in_scope(principal: Principal, codes: Collection[str]) -> list[str]:
    """The codes of ``codes`` this principal may not report for."""
    return sorted(c for c in set(codes) if not principal.may_report_for(c))
