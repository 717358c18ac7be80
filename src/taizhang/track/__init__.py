"""Pure attainment arithmetic: completion, time progress, status lights. No I/O, no clock.

Modules: :mod:`~taizhang.track.schedule` (序时进度), :mod:`~taizhang.track.attainment` (completion
and met, floor and stretch), :mod:`~taizhang.track.status` (green / yellow / red / achieved / missed / overdue).
"""

from __future__ import annotations

from taizhang.track.attainment import FloorStretch, completion_rate, floor_and_stretch, round_half_up, rule_of
from taizhang.track.schedule import Period, Profile, parse_period, time_progress
from taizhang.track.status import Assessment, Goal, Policy, Reading, Status, assess

__all__ = [
    "Assessment",
    "FloorStretch",
    "Goal",
    "Period",
    "Policy",
    "Profile",
    "Reading",
    "Status",
    "assess",
    "completion_rate",
    "floor_and_stretch",
    "parse_period",
    "round_half_up",
    "rule_of",
    "time_progress",
]
