from decimal import Decimal

from taizhang.extract.record import decimal_to_json


def test_decimal_to_json_keeps_whole_numbers_whole():
    assert decimal_to_json(Decimal("1E+10")) == 10000000000
    assert isinstance(decimal_to_json(Decimal("1E+10")), int)
    assert decimal_to_json(Decimal("7.5")) == 7.5
